// The progress bar's line fits the terminal (probe46 F10): a line as wide as the terminal wraps, and every redraw
// then leaves a fragment on the screen and in the scrollback.
#include <catch2/catch.hpp>

#include "progress.hpp"

#include <string>

using archive::batch::fit_progress_line;

TEST_CASE("batch42: the progress line is cut to the terminal's width, the bar going first", "[batch][progress]") {
    const std::string full = "[############------------] 1015/2030 files  12.3 MB/s  ETA 0:42";
    const std::string brief = "1015/2030 files  12.3 MB/s  ETA 0:42";
    // A wide terminal, or one whose width is not known: the whole line.
    CHECK(fit_progress_line(full, brief, 100) == full);
    CHECK(fit_progress_line(full, brief, 0) == full);
    // The last column stays free: a line exactly as wide as the terminal would wrap on some terminals.
    CHECK(fit_progress_line(full, brief, static_cast<unsigned>(full.size() + 1)) == full);
    CHECK(fit_progress_line(full, brief, static_cast<unsigned>(full.size())) == brief);
    // Narrower: the bar goes, then the figures are cut, never past width - 1.
    CHECK(fit_progress_line(full, brief, 40) == brief);
    for (unsigned columns : {30u, 20u, 1u}) {
        INFO(columns);
        const std::string line = fit_progress_line(full, brief, columns);
        CHECK(line.size() == columns - 1);
        CHECK(brief.rfind(line, 0) == 0);
    }
    // The JSON Lines bar ("records", no total yet) is cut the same way.
    CHECK(fit_progress_line("20000 records  3.1 MB/s", "20000 records  3.1 MB/s", 12) == "20000 recor");
}
