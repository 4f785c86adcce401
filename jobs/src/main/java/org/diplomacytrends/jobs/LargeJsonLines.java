package org.diplomacytrends.jobs;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.diplomacytrends.common.ingest.DocumentParser;
import org.diplomacytrends.common.ingest.IngestOutcome;
import scala.Tuple2;

/**
 * JSON Lines files too large to read whole are read in splits, in parallel, with bounded memory.
 * Line numbers stay exact: a first cheap pass counts the lines of each split (one small row per
 * split reaches the driver), the second parses, numbering lines from the split's offset.
 */
final class LargeJsonLines {
  private LargeJsonLines() {}

  /** The lines of one split: which file, where the split starts, how many lines it holds. */
  record SplitLines(String path, long start, long lines) implements Serializable {}

  static Dataset<Row> parse(SparkSession spark, List<String> paths, long splitBytes) {
    Configuration hadoop = new Configuration(spark.sparkContext().hadoopConfiguration());
    hadoop.setLong("mapreduce.input.fileinputformat.split.maxsize", splitBytes);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
        context.newAPIHadoopFile(String.join(",", paths), TextInputFormat.class, LongWritable.class, Text.class, hadoop);

    List<SplitLines> counts = lines.mapPartitionsWithInputSplit((split, it) -> {
      FileSplit file = (FileSplit) split;
      long n = 0;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return List.of(new SplitLines(file.getPath().toString(), file.getStart(), n)).iterator();
    }, true).collect();
    HashMap<String, Long> firstLine = firstLineBySplit(counts);

    JavaRDD<Row> outcomes = lines.mapPartitionsWithInputSplit((split, it) -> {
      FileSplit file = (FileSplit) split;
      String path = file.getPath().toString();
      long lineNumber = firstLine.get(key(path, file.getStart()));
      return new ParsedLines(path, lineNumber, it);
    }, true);
    return spark.createDataFrame(outcomes, IngestJob.OUTCOME_SCHEMA);
  }

  /** 1-based number of the first line of each split, from the line counts of the splits before it. */
  static HashMap<String, Long> firstLineBySplit(List<SplitLines> counts) {
    HashMap<String, Long> first = new HashMap<>();
    Map<String, List<SplitLines>> byFile = new HashMap<>();
    counts.forEach(c -> byFile.computeIfAbsent(c.path(), p -> new ArrayList<>()).add(c));
    for (List<SplitLines> splits : byFile.values()) {
      splits.sort(Comparator.comparingLong(SplitLines::start));
      long next = 1;
      for (SplitLines split : splits) {
        first.put(key(split.path(), split.start()), next);
        next += split.lines();
      }
    }
    return first;
  }

  private static String key(String path, long start) {
    return path + "@" + start;
  }

  /** Parses lines as they stream by; Hadoop reuses its Text object, so each is decoded at once. */
  private static final class ParsedLines implements Iterator<Row> {
    private final String path;
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private long lineNumber;
    private Row next;

    ParsedLines(String path, long firstLine, Iterator<Tuple2<LongWritable, Text>> lines) {
      this.path = path;
      this.lineNumber = firstLine - 1;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      while (next == null && lines.hasNext()) {
        Text text = lines.next()._2();
        lineNumber++;
        String line = new String(text.getBytes(), 0, text.getLength(), StandardCharsets.UTF_8);
        if (!line.isBlank()) {
          IngestOutcome outcome = DocumentParser.parseJsonLine(path, Math.toIntExact(lineNumber), line, "UTF-8");
          next = IngestJob.ParseFiles.toRow(outcome);
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }
  }
}
