package se.tjanstekatalog.start;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.primefaces.component.menu.AbstractMenu;
import org.primefaces.component.menubar.Menubar;
import org.primefaces.component.menubar.MenubarRenderer;
import org.primefaces.util.ComponentUtils;

/**
 * PrimeFaces' menubar renderer that writes a shared menu's markup once and then repeats it
 * (registered for every menubar in faces-config.xml; other models render as before).
 *
 * <p>The portal's menu is one {@link SharedMenuModel} per combination of roles and language,
 * its items plain links with fixed ids, so the HTML of its 39 items is the same on every page
 * and only the widget's script (which carries the request's CSP nonce) is written each time.
 * Rendering the items was a fifth of the simplest page's time under load (issue 16,
 * docs/OPERATIONS.md). A menubar with facets renders as before: facets may change per request.
 */
public class SharedMenubarRenderer extends MenubarRenderer {

  @Override
  protected void encodeMarkup(FacesContext context, AbstractMenu menu) throws IOException {
    if (!(menu.getModel() instanceof SharedMenuModel shared) || menu.getFacetCount() > 0) {
      super.encodeMarkup(context, menu);
      return;
    }
    // Everything of the menubar's own that its markup shows; the model is the rest.
    Menubar menubar = (Menubar) menu;
    String key = String.join("\n", menu.getClientId(context), String.valueOf(menubar.getStyle()),
        String.valueOf(menubar.getStyleClass()), String.valueOf(ComponentUtils.isRTL(context, menu)));
    context.getResponseWriter().write(shared.markup(key, () -> render(context, menu)));
  }

  private String render(FacesContext context, AbstractMenu menu) {
    ResponseWriter page = context.getResponseWriter();
    StringWriter out = new StringWriter();
    context.setResponseWriter(page.cloneWithWriter(out));
    try {
      super.encodeMarkup(context, menu);
      context.getResponseWriter().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      context.setResponseWriter(page);
    }
    return out.toString();
  }
}
