package se.tjanstekatalog.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.organisation.control.LogoRules;

class LogoRulesTest {
  static byte[] image(String format, int width) throws IOException {
    BufferedImage img = new BufferedImage(width, width / 2, BufferedImage.TYPE_INT_RGB);
    img.getGraphics().fillRect(2, 2, width / 3, width / 5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  private static String refusal(byte[] bytes) {
    LogoRules.Checked c = LogoRules.check(bytes);
    return c.accepted() ? "accepted " + c.mediaType() : c.violation().key();
  }

  @Test
  void aPngAndAJpegAreAcceptedByTheirContent() throws IOException {
    assertEquals("accepted image/png", refusal(image("png", 120)));
    assertEquals("accepted image/jpeg", refusal(image("jpg", 120)));
  }

  @Test
  void otherContentIsRefusedWhateverTheFileIsCalled() throws IOException {
    assertEquals("settings.logo.error.type",
        refusal("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
    assertEquals("settings.logo.error.type", refusal(image("bmp", 60)));
    assertEquals("settings.logo.error.empty", refusal(new byte[0]));
  }

  @Test
  void aTruncatedPngIsRefusedAsBroken() throws IOException {
    byte[] png = image("png", 120);
    assertEquals("settings.logo.error.broken", refusal(Arrays.copyOf(png, 30)));
  }

  @Test
  void moreThan200KilobytesIsRefusedWithTheLimitNamed() throws IOException {
    byte[] big = Arrays.copyOf(image("png", 120), LogoRules.MAX_BYTES + 1);
    LogoRules.Checked c = LogoRules.check(big);
    assertEquals("settings.logo.error.tooLarge", c.violation().key());
    assertEquals("Logotyp: filen är större än 200 kB.", c.violation().message());
    assertTrue(LogoRules.check(Arrays.copyOf(image("png", 120), 100)).violation() != null);
  }
}
