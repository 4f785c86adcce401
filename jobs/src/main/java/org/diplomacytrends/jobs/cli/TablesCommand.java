package org.diplomacytrends.jobs.cli;

import java.util.concurrent.Callable;
import org.diplomacytrends.jobs.table.TableDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tables}: prints the reference of every table and column as Markdown (the README's copy). */
@Command(name = "tables", mixinStandardHelpOptions = true,
    description = "Prints every table the pipeline writes, with its columns, as Markdown.")
final class TablesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(TableDocs.markdown());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
