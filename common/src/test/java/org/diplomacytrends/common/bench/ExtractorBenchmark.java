package org.diplomacytrends.common.bench;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.diplomacytrends.common.extract.ArticleExtractor;
import org.diplomacytrends.common.gazetteer.Alias;
import org.diplomacytrends.common.generate.CorpusGenerator;
import org.diplomacytrends.common.generate.GeneratedDocument;
import org.diplomacytrends.common.model.ArticleInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction speed against two yardsticks, on one thread, on the same generated corpus
 * (2,000 documents, seed 42, UTF-8 bytes): the floor (decode the bytes and look at every code
 * point once, the least any text analysis costs), the extractor, and a naive baseline (decode,
 * then {@code String.indexOf} of every gazetteer alias). Every benchmark starts from the bytes so
 * the three measure the same work boundary. Scores are documents per second.
 *
 * <p>Not part of {@code mvn verify}: run {@code mvn -pl common -Pbench verify}, which calls
 * {@link #main}: the JMH run, then documents/s, MB/s and the ratios in one table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class ExtractorBenchmark {
  /** Documents in the corpus; each benchmark invocation processes all of them. */
  public static final int DOCS = 2_000;
  /** The corpus seed. */
  public static final long SEED = 42;

  private byte[][] corpus;
  private String[] ids;
  private String[] aliases;
  private ArticleExtractor extractor;

  @Setup(Level.Trial)
  public void setUp() {
    CorpusGenerator generator = new CorpusGenerator(SEED);
    corpus = new byte[DOCS][];
    ids = new String[DOCS];
    for (int i = 0; i < DOCS; i++) {
      GeneratedDocument doc = generator.document(i);
      corpus[i] = doc.text().getBytes(StandardCharsets.UTF_8);
      ids[i] = doc.id();
    }
    extractor = ArticleExtractor.shared();
    aliases = aliasSurfaces(extractor.gazetteer().aliasesByKey().values());
  }

  static String[] aliasSurfaces(Collection<List<Alias>> lists) {
    Set<String> surfaces = new LinkedHashSet<>();
    for (List<Alias> list : lists) {
      for (Alias alias : list) {
        surfaces.add(alias.surface());
      }
    }
    return surfaces.toArray(new String[0]);
  }

  /** Decode plus one pass over the code points, counting letters. */
  @Benchmark
  @OperationsPerInvocation(DOCS)
  public void floor(Blackhole bh) {
    for (byte[] bytes : corpus) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int letters = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp)) {
          letters++;
        }
        i += Character.charCount(cp);
      }
      bh.consume(letters);
    }
  }

  /** Decode plus the full extraction. */
  @Benchmark
  @OperationsPerInvocation(DOCS)
  public void extractor(Blackhole bh) {
    for (int i = 0; i < corpus.length; i++) {
      String text = new String(corpus[i], StandardCharsets.UTF_8);
      bh.consume(extractor.extract(new ArticleInput(ids[i], ids[i], null, text, null, null)));
    }
  }

  /** Decode plus {@code indexOf} of every gazetteer alias: what a place finder without an automaton costs. */
  @Benchmark
  @OperationsPerInvocation(DOCS)
  public void naive(Blackhole bh) {
    for (byte[] bytes : corpus) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int found = 0;
      for (String alias : aliases) {
        if (text.indexOf(alias) >= 0) {
          found++;
        }
      }
      bh.consume(found);
    }
  }

  /** Runs the three benchmarks in one JMH run and prints documents/s, MB/s and the ratios. */
  public static void main(String[] args) throws RunnerException {
    ExtractorBenchmark probe = new ExtractorBenchmark();
    probe.setUp();
    long bytes = 0;
    long chars = 0;
    for (byte[] doc : probe.corpus) {
      bytes += doc.length;
      chars += new String(doc, StandardCharsets.UTF_8).length();
    }
    Options options = new OptionsBuilder().include(ExtractorBenchmark.class.getName() + "\\.").build();
    Collection<RunResult> results = new Runner(options).run();
    double floor = 0;
    double extract = 0;
    double naive = 0;
    System.out.printf("%ncorpus: %d documents, seed %d, %.2f MB UTF-8, %.2f M chars, %d gazetteer aliases%n", DOCS,
        SEED, bytes / 1e6, chars / 1e6, probe.aliases.length);
    System.out.printf("%-10s %14s %12s %10s%n", "benchmark", "documents/s", "± (99.9%)", "MB/s");
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      double score = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      System.out.printf("%-10s %14.1f %12.1f %10.2f%n", name, score, error, score * bytes / DOCS / 1e6);
      switch (name) {
        case "floor" -> floor = score;
        case "extractor" -> extract = score;
        case "naive" -> naive = score;
        default -> { }
      }
    }
    System.out.printf("extractor/floor = 1/%.1f (target: at least 1/5)%n", floor / extract);
    System.out.printf("extractor/naive = %.1fx (target: at least 20x)%n", extract / naive);
  }
}
