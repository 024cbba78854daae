// A page holding two agency lines that each could be the source tag (the fuzzer's crossing of two samples: a
// Portuguese live blog signed "Gazeta … com Lusa" over its date, then a Spanish page signed "Europa Press" over
// its place and date): the record keeps one as its source tag, and the other must stay in the boilerplate, not be
// given the source tag's role and lost.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string sample_lines(const std::string& name, int most_lines) {
    std::ifstream in(std::string(ARCHIVE_SAMPLES_DIR) + "/" + name, std::ios::binary);
    std::string out, line;
    for (int n = 0; (most_lines < 0 || n < most_lines) && std::getline(in, line); ++n)
        out += line + "\n";
    return out;
}

} // namespace

TEST_CASE("a second agency line, the record holding a source tag already, is kept in the boilerplate", "[lossless]") {
    const std::string page = sample_lines("pt-direto-incendio.txt", 40) + sample_lines("es-local-mercado.txt", -1);
    REQUIRE(page.find("\nEuropa Press\n") != std::string::npos);
    const archive::Article a = archive::parse(page);
    REQUIRE(a.source_tag.has_value());
    CHECK(a.source_tag->raw != "Europa Press");
    CHECK(archive::lost_lines(a, archive::decode(page).text).empty());
}
