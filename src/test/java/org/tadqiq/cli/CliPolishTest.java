package org.tadqiq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help that names every input format, and clear messages for options that cannot work. */
class CliPolishTest {
  @TempDir Path tmp;

  @Test
  void checkHelpListsEveryInputFormat() {
    var r = ReportAlwaysWrittenTest.runArgs("check", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(".txt").contains(".html .htm").contains(".jsonl .jsonl.gz")
        .contains(".warc .warc.gz").contains("Exit codes").contains("3 (--against)");
  }

  @Test
  void helpWorksAsACommand() {
    var r = ReportAlwaysWrittenTest.runArgs("help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("check").contains("audit");
    assertThat(ReportAlwaysWrittenTest.runArgs("help", "audit").out()).contains("--decisions");
  }

  @Test
  void zeroThreadsIsAClearUsageError() {
    var r = ReportAlwaysWrittenTest.runArgs("check", "seeds", "--threads", "0", "--out", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--threads 0: give 1 or more threads");
    var audit = ReportAlwaysWrittenTest.runArgs("audit", "seeds", "--store", tmp.resolve("s.db").toString(),
        "--threads", "0");
    assertThat(audit.code()).isEqualTo(2);
    assertThat(audit.err()).contains("--threads 0");
  }

  @Test
  void anOutThatIsAFileIsAClearUsageError() throws IOException {
    Path file = tmp.resolve("report.html");
    Files.writeString(file, "x");
    var r = ReportAlwaysWrittenTest.runArgs("check", "seeds", "--out", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void anUnknownInterfaceLanguageIsAUsageErrorAndEnglishCanBeAsked() {
    assertThat(ReportAlwaysWrittenTest.runArgs("check", "seeds", "--ui", "fr", "--out", tmp.toString()).err())
        .contains("--ui fr: the report speaks en or ar");
    var r = ReportAlwaysWrittenTest.runArgs("check", "seeds", "--ui", "en", "--out", tmp.toString(), "-q");
    assertThat(r.code()).isEqualTo(1);
  }
}
