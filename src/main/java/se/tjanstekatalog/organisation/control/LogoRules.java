package se.tjanstekatalog.organisation.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import se.tjanstekatalog.shared.Violation;

/**
 * What a municipality logo may be: a PNG or JPEG image of at most {@value #MAX_BYTES} bytes.
 * Decided from the bytes (their signature, then a full decode), never from the file name,
 * so a renamed file or a broken image is refused with a clear reason.
 */
public final class LogoRules {
  public static final int MAX_BYTES = 200 * 1024;
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A,
      0x0A};

  private LogoRules() {}

  /** The media type of an acceptable logo, or the violation that refuses it. */
  public record Checked(String mediaType, Violation violation) {
    public boolean accepted() {
      return violation == null;
    }
  }

  public static Checked check(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return refused("settings.logo.error.empty");
    }
    if (bytes.length > MAX_BYTES) {
      return refused("settings.logo.error.tooLarge", MAX_BYTES / 1024);
    }
    Optional<String> type = signature(bytes);
    if (type.isEmpty()) {
      return refused("settings.logo.error.type");
    }
    if (!decodes(bytes)) {
      return refused("settings.logo.error.broken");
    }
    return new Checked(type.get(), null);
  }

  static Optional<String> signature(byte[] b) {
    if (b.length >= PNG_SIGNATURE.length
        && java.util.Arrays.equals(b, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0,
            PNG_SIGNATURE.length)) {
      return Optional.of(PNG);
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8
        && (b[2] & 0xff) == 0xFF) {
      return Optional.of(JPEG);
    }
    return Optional.empty();
  }

  private static boolean decodes(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static Checked refused(String key, Object... args) {
    return new Checked(null, new Violation("logo", key, args));
  }
}
