package se.tjanstekatalog.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as Arquillian deploys it: the real thing, not a hand-made one. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive portal() {
    return ShrinkWrap.createFromZipFile(WebArchive.class,
        new File(System.getProperty("tk.test.war")));
  }
}
