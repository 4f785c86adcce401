package org.diplomacytrends.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Debian's {@code chromium}, headless, driven over the Chrome DevTools Protocol with the JDK's own
 * WebSocket client: navigate, collect every console message, exception and network request, run
 * DOM and CSS queries, take a screenshot. Started with the flags this closed network needs.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(45);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  /** The chromium executable on this machine, if any. */
  static Optional<Path> find() {
    String given = System.getProperty("diplomacytrends.chromium");
    if (given != null) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with a fresh profile in {@code profile} and attaches to its first page. */
  static HeadlessChromium start(Path executable, Path profile) throws IOException, InterruptedException {
    Files.createDirectories(profile);
    Process process = new ProcessBuilder(executable.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
        "--window-size=1280,900", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
        .start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      Instant deadline = Instant.now().plus(TIMEOUT);
      while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
          throw new IOException("chromium did not open its DevTools port; log: "
              + Files.readString(profile.resolveSibling(profile.getFileName() + ".log")));
        }
        Thread.sleep(100);
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
      HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
      String pageSocket = null;
      while (pageSocket == null) {
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
            .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode target : targets) {
          if ("page".equals(target.path("type").asText())) {
            pageSocket = target.path("webSocketDebuggerUrl").asText();
            break;
          }
        }
        if (pageSocket == null) {
          if (Instant.now().isAfter(deadline)) {
            throw new IOException("chromium opened no page target");
          }
          Thread.sleep(100);
        }
      }
      return new HeadlessChromium(process, http, URI.create(pageSocket));
    } catch (IOException | InterruptedException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  private HeadlessChromium(Process process, HttpClient http, URI pageSocket) {
    this.process = process;
    this.socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(pageSocket, new Listener()).join();
  }

  /** Sends a command and waits for its result; a protocol error fails the call. */
  JsonNode call(String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(message.toString(), true).join();
    JsonNode response = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    if (response.has("error")) {
      throw new IllegalStateException(method + " failed: " + response.get("error"));
    }
    return response.path("result");
  }

  /** Waits until an event matching {@code test} has arrived. */
  JsonNode awaitEvent(Predicate<JsonNode> test) throws InterruptedException {
    Instant deadline = Instant.now().plus(TIMEOUT);
    synchronized (events) {
      while (true) {
        for (JsonNode event : events) {
          if (test.test(event)) {
            return event;
          }
        }
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
          throw new IllegalStateException("no such DevTools event within " + TIMEOUT);
        }
        events.wait(left);
      }
    }
  }

  /** Every event received so far, in order. */
  List<JsonNode> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /** Events of one method ({@code Network.requestWillBeSent}, ...). */
  List<JsonNode> events(String method) {
    return events().stream().filter(e -> method.equals(e.path("method").asText())).toList();
  }

  /** Evaluates a JavaScript expression in the page and returns its value. */
  JsonNode evaluate(String expression) {
    return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).path("result").path("value");
  }

  @Override
  public void close() throws InterruptedException {
    socket.abort();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode message = JSON.readTree(text);
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            synchronized (events) {
              events.add(message);
              events.notifyAll();
            }
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
