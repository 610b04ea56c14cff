package se.tjanstekatalog.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client that connects from a chosen loopback address (127.0.0.2, 127.0.0.3…), so the portal
 * sees another client address: what tests of per-address throttling need, and what
 * {@code java.net.http.HttpClient} cannot do on Java 17. Plain HTTP/1.0 over a socket (one
 * request per connection, no chunked answers), with the session cookie kept.
 */
public final class LoopbackClient {
  private final InetAddress local;
  private final int port;
  private final String host;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** A response: status, headers (lower-case names) and body as text. */
  public record Response(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  public LoopbackClient(URL base, String localAddress) {
    try {
      this.local = InetAddress.getByName(localAddress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.port = base.getPort();
    this.host = base.getHost() + ":" + base.getPort();
  }

  public Response get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  /** Logs in through the login form; returns the response to the form post. */
  public Response login(String user, String password) {
    Response form = get("login.xhtml", Map.of());
    Map<String, String> fields = PortalClient.inputs(form.body(), "login");
    fields.put("login:username", user);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send("POST", "login.xhtml",
        Map.of("Content-Type", "application/x-www-form-urlencoded"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private Response send(String method, String path, Map<String, String> headers, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder()
          .append(method).append(" /").append(path.startsWith("/") ? path.substring(1) : path)
          .append(" HTTP/1.0\r\nHost: ").append(host).append("\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      if (!cookies.isEmpty()) {
        head.append("Cookie: ").append(cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")))
            .append("\r\n");
      }
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " from " + local, e);
    }
  }

  private Response parse(byte[] raw) {
    String all = new String(raw, StandardCharsets.UTF_8);
    int end = all.indexOf("\r\n\r\n");
    String[] lines = all.substring(0, end < 0 ? all.length() : end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(colon + 1).trim();
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        if (name.equals("set-cookie")) {
          String pair = value.split(";", 2)[0];
          int eq = pair.indexOf('=');
          cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return new Response(status, headers, end < 0 ? "" : all.substring(end + 4));
  }
}
