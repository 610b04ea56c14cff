package se.tjanstekatalog.consumption.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * An uploaded file kept in a temporary file while the user looks at the preview, with its
 * SHA-256. Deleted when the import is saved, cancelled or the view goes away.
 */
public final class UploadedFile implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UploadedFile.class.getName());

  private final String name;
  private final String path;
  private final String checksum;
  private final long size;

  private UploadedFile(String name, Path path, String checksum, long size) {
    this.name = name;
    this.path = path.toString();
    this.checksum = checksum;
    this.size = size;
  }

  /** Copies the stream to a temporary file while computing its checksum. */
  public static UploadedFile save(String fileName, InputStream in) throws IOException {
    String name = Path.of(fileName == null || fileName.isBlank() ? "fil" : fileName)
        .getFileName().toString();
    Path temp = Files.createTempFile("tk-import-", ".upload");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size;
      try (DigestInputStream digest = new DigestInputStream(in, sha);
          OutputStream out = Files.newOutputStream(temp)) {
        size = digest.transferTo(out);
      }
      return new UploadedFile(name, temp, HexFormat.of().formatHex(sha.digest()), size);
    } catch (NoSuchAlgorithmException e) {
      Files.deleteIfExists(temp);
      throw new IllegalStateException(e);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  public String getName() {
    return name;
  }

  public Path path() {
    return Path.of(path);
  }

  public String getChecksum() {
    return checksum;
  }

  public long getSize() {
    return size;
  }

  public void delete() {
    try {
      Files.deleteIfExists(path());
    } catch (IOException e) {
      LOG.warning(() -> "Could not delete " + path + ": " + e);
    }
  }
}
