package org.diplomacytrends.jobs.config;

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.diplomacytrends.common.error.Errors;

/**
 * Typed configuration of a pipeline run, bound by Jackson from YAML. Defaults live in
 * {@code conf/diplomacy-trends.yaml}; see {@link ConfigLoader} for the precedence.
 */
public final class PipelineConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Input paths; empty means the bundled sample corpus. */
  @JsonProperty("input")
  public List<String> input = new ArrayList<>();

  /** Root folder or URI of the Delta tables and CSVs. */
  @JsonProperty("warehouse")
  public String warehouse;

  /** Spark master URL, or null for spark-submit's (else local[*]). */
  @JsonProperty("master")
  public String master;

  /** Spark application name. */
  @JsonProperty("app-name")
  public String appName;

  /** Ingest settings. */
  @JsonProperty("ingest")
  @JsonMerge
  public Ingest ingest = new Ingest();

  /**
   * Id of the run, stamped on every row it writes; set by the pipeline, never read from YAML, so
   * that all stages of one run share it.
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String runId;

  /** Export settings. */
  @JsonProperty("export")
  @JsonMerge
  public Export export = new Export();

  /** Ingest settings. */
  public static final class Ingest implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Files larger than this many bytes are quarantined as too_large. */
    @JsonProperty("max-file-bytes")
    public long maxFileBytes;

    /** File name extensions read (without the dot). */
    @JsonProperty("extensions")
    public List<String> extensions = new ArrayList<>();
  }

  /** Export settings. */
  public static final class Export implements Serializable {
    private static final long serialVersionUID = 1L;

    /** CSV folder, or null for {@code <warehouse>/csv}. */
    @JsonProperty("csv-dir")
    public String csvDir;
  }

  /** The CSV folder, resolved. */
  public String csvDir() {
    return export.csvDir != null ? export.csvDir : Warehouse.child(warehouse, "csv");
  }

  /** Checks every value; throws a user-facing error naming the first bad one. */
  public PipelineConfig validate() {
    if (warehouse == null || warehouse.isBlank()) {
      throw Errors.invalidOption("warehouse", warehouse, "a folder path or URI");
    }
    if (ingest.maxFileBytes <= 0 || ingest.maxFileBytes > Integer.MAX_VALUE - 1024) {
      throw Errors.invalidOption("ingest.max-file-bytes", ingest.maxFileBytes,
          "a positive number of bytes below 2 GiB (Spark reads a file into one array)");
    }
    if (ingest.extensions.isEmpty()) {
      throw Errors.invalidOption("ingest.extensions", ingest.extensions, "at least one extension such as txt");
    }
    return this;
  }
}
