package org.diplomacytrends.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomacytrends.common.error.Errors;
import org.diplomacytrends.jobs.config.ConfigLoader;
import org.diplomacytrends.jobs.config.PipelineConfig;
import picocli.CommandLine.Option;

/**
 * The options every job and the {@code run} command share. Applied over the configuration files,
 * so a flag always wins over {@code --conf}, which wins over {@code conf/} defaults.
 */
public final class RunOptions {
  /** System property the launcher sets to the project folder, to find the bundled sample. */
  public static final String HOME_PROPERTY = "diplomacytrends.home";
  /** The bundled sample corpus, relative to the project folder. */
  public static final String SAMPLE_DIR = "data/sample";

  @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
      description = "Input files, folders or globs (local or any Hadoop URI). Default: the bundled sample.")
  List<String> inputs;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Root of the Delta tables and CSVs. Default: ./warehouse.")
  String warehouse;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: spark-submit's, else local[*].")
  String master;

  @Option(names = "--conf", paramLabel = "FILE", description = "YAML file over the defaults in conf/diplomacy-trends.yaml.")
  Path conf;

  @Option(names = "--csv-dir", paramLabel = "DIR", description = "Where the CSV summaries go. Default: <warehouse>/csv.")
  String csvDir;

  @Option(names = "--reread-inputs",
      description = "Read every input file again, also those unchanged since an earlier run read them.")
  boolean rereadInputs;

  @Option(names = "--re-extract",
      description = "Extract every article again, also those the running extractor version has extracted.")
  boolean reExtract;

  /** Defaults, then the --conf file, then these flags; validated, with the sample resolved. */
  public PipelineConfig toConfig() {
    PipelineConfig config = ConfigLoader.load(conf);
    if (inputs != null && !inputs.isEmpty()) {
      config.input = List.copyOf(inputs);
    }
    if (warehouse != null) {
      config.warehouse = warehouse;
    }
    if (master != null) {
      config.master = master;
    }
    if (csvDir != null) {
      config.export.csvDir = csvDir;
    }
    if (rereadInputs) {
      config.ingest.skipUnchangedFiles = false;
    }
    if (reExtract) {
      config.extract.reExtract = true;
    }
    if (config.input.isEmpty()) {
      Path sample = Path.of(System.getProperty(HOME_PROPERTY, ".")).resolve(SAMPLE_DIR).toAbsolutePath().normalize();
      if (!Files.isDirectory(sample)) {
        throw Errors.sampleNotFound(sample.toString());
      }
      config.input = List.of(sample.toString());
    }
    return config.validate();
  }
}
