package se.tjanstekatalog.start;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.primefaces.model.menu.DefaultMenuModel;

/**
 * A menu model shared by every request with the same facts ({@link PortalMenu}), which also
 * keeps the menubar's markup once written for it: the model never changes after it is built,
 * so neither does the HTML it renders to ({@link SharedMenubarRenderer}).
 */
public class SharedMenuModel extends DefaultMenuModel {
  private static final long serialVersionUID = 1L;

  /** The markup per menubar (its client id and attributes), a handful at most. */
  private final Map<String, String> markup = new ConcurrentHashMap<>();

  /** The markup written for {@code key}, rendered by {@code render} the first time. */
  String markup(String key, Supplier<String> render) {
    return markup.computeIfAbsent(key, k -> render.get());
  }
}
