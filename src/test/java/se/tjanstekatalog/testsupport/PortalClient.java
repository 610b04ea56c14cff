package se.tjanstekatalog.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one cookie jar (one session), redirects not followed so tests
 * see them, and just enough JSF to log in and submit forms the way the pages post them.
 */
public final class PortalClient {
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SELECT =
      Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern NONCE = Pattern.compile("<script\\b[^>]*\\snonce=\"([^\"]+)\"");
  private static final Pattern SELECTED_OPTION =
      Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected", Pattern.DOTALL);

  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  /** The host name sent instead of the base URL's (another kommun's), or null. */
  private final String host;

  /** A response with its body as text. */
  public record Page(int status, String body, HttpResponse<String> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public PortalClient(URL base) {
    this(base, null);
  }

  /**
   * A client that names {@code host} in every request's Host header (and connects to the base
   * URL's address): the portal's kommun for that name. Needs the JVM property
   * {@code jdk.httpclient.allowRestrictedHeaders=host} (pom.xml sets it for the tests).
   */
  public PortalClient(URL base, String host) {
    this.host = host;
    String s = base.toString();
    this.base = URI.create(s.endsWith("/") ? s : s + "/");
    this.http = HttpClient.newBuilder()
        .cookieHandler(cookies)
        // HTTP/2 names the host in :authority, from the URI, not from a Host header
        .version(host == null ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** A new session, logged in through the form (asserts the login succeeded). */
  public static PortalClient loggedIn(URL base, String user, String password) {
    return loggedIn(new PortalClient(base), user, password);
  }

  /** {@link #loggedIn(URL, String, String)} through a client made for a host name. */
  public static PortalClient loggedIn(PortalClient client, String user, String password) {
    Page page = client.login(user, password);
    if (page.status() != 302) {
      throw new AssertionError(user + " could not log in: " + page.status());
    }
    return client;
  }

  /** The value of a cookie the portal set for this client, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  /** Sends a cookie from now on, as a client that copied it from elsewhere would. */
  public void setCookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(base, cookie);
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** GET, following redirects inside the portal (as a browser would). */
  public Page open(String path) {
    Page page = get(path);
    for (int i = 0; i < 5 && page.status() / 100 == 3; i++) {
      page = send(HttpRequest.newBuilder(URI.create(page.header("Location"))).GET().build());
    }
    return page;
  }

  public Page getWithBasic(String path, String user, String password) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
        .header("Accept", "application/json").GET().build());
  }

  /** A GET with HTTP Basic that accepts any type, as a download link or an integration does. */
  public Page downloadWithBasic(String path, String user, String password) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
        .header("Accept", "*/*").GET().build());
  }

  /** Logs in through the login form; returns the response to the form post. */
  public Page login(String user, String password) {
    Page form = get("login.xhtml");
    Map<String, String> fields = inputs(form.body(), "login");
    fields.put("login:username", user);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    return post("login.xhtml", fields);
  }

  public Page post(String path, Map<String, String> fields) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(fields), StandardCharsets.UTF_8))
        .build());
  }

  /**
   * A non-Ajax post of a multipart form ({@code enctype="multipart/form-data"}) with one
   * file, as a browser submits an upload form: every field as a text part, then the file.
   */
  public Page multipart(String path, Map<String, String> fields, String fileField,
      String fileName, byte[] content) {
    String boundary = "----tk" + Long.toHexString(System.nanoTime());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Consumer<String> text =
        t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
    fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition:"
        + " form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"));
    text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
    body.writeBytes(content);
    text.accept("\r\n--" + boundary + "--\r\n");
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  /** A PrimeFaces Ajax post of a whole form, as a command button in it sends it. */
  public Page ajax(String path, Map<String, String> fields, String source, String execute,
      String render) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.partial.ajax", "true");
    all.put("jakarta.faces.source", source);
    all.put("jakarta.faces.partial.execute", execute);
    all.put("jakarta.faces.partial.render", render);
    // A button sends its own name; an input that fires the event keeps its value.
    all.putIfAbsent(source, source);
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Faces-Request", "partial/ajax")
        .POST(HttpRequest.BodyPublishers.ofString(encode(all), StandardCharsets.UTF_8)).build());
  }

  /**
   * A PrimeFaces advanced-mode file upload (auto): a multipart Ajax post of the form's fields
   * with the file in a part named after the upload component's client id.
   */
  public Page upload(String path, Map<String, String> fields, String uploadId, String fileName,
      byte[] content, String execute, String render) {
    String boundary = "----tk" + System.nanoTime();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.partial.ajax", "true");
    all.put("jakarta.faces.source", uploadId);
    all.put("jakarta.faces.partial.execute", execute);
    all.put("jakarta.faces.partial.render", render);
    all.put(uploadId + "_totalFilesCount", "1");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    StringBuilder text = new StringBuilder();
    all.forEach((k, v) -> text.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n")
        .append(v).append("\r\n"));
    text.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(uploadId)
        .append("\"; filename=\"").append(fileName).append("\"\r\n")
        .append("Content-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Faces-Request", "partial/ajax")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  /**
   * The fields a form would submit: its inputs (text, hidden, password, checked boxes and
   * radio buttons) and the selected option of each select, plus the form's own marker and
   * the view state.
   */
  public static Map<String, String> inputs(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new AssertionError("No form " + formId + " in page");
    }
    int end = html.indexOf("</form>", start);
    String form = html.substring(start, end);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = INPUT.matcher(form);
    while (m.find()) {
      String tag = m.group();
      String name = attr(tag, "name");
      String type = attr(tag, "type");
      if (name == null || "submit".equals(type) || "button".equals(type)
          || (("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked"))) {
        continue;
      }
      String value = attr(tag, "value");
      fields.put(name, value == null ? "" : unescape(value));
    }
    Matcher s = SELECT.matcher(form);
    while (s.find()) {
      Matcher o = SELECTED_OPTION.matcher(s.group(2));
      fields.put(s.group(1), o.find() ? unescape(o.group(1)) : "");
    }
    // Under the Content-Security-Policy PrimeFaces' script adds the page's nonce to every form
    // (it checks it on each post); the nonce is the one on the page's script elements.
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    return fields;
  }

  private static String attr(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A response whose body is kept as bytes (a file download). */
  public record Download(int status, byte[] body, HttpResponse<byte[]> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  /** A GET whose answer is a file (a download link), in this client's session. */
  public Download fetch(String path) {
    return bytes(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** A non-Ajax form post whose answer is a file, e.g. a download button's. */
  public Download download(String path, Map<String, String> fields) {
    HttpRequest request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(fields), StandardCharsets.UTF_8))
        .build();
    return bytes(request);
  }

  /** Any request whose answer is a file, e.g. an API download with its own headers. */
  public Download bytes(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Any request, in this client's session (for API calls with their own headers and body). */
  public Page send(HttpRequest request) {
    if (host != null) {
      // Same address as the base URL (a redirect names the host), the kommun's name as Host.
      URI u = request.uri();
      URI to = URI.create(base.getScheme() + "://" + base.getRawAuthority() + u.getRawPath()
          + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
      request = HttpRequest.newBuilder(request, (name, value) -> true).uri(to)
          .header("Host", host + ":" + base.getPort()).build();
    }
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
