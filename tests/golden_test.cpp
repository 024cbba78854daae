// Every samples/*.txt must serialise byte for byte to its samples/*.json; `archive_tests --update` rewrites them.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace archive_test {
extern bool update_goldens;
}

namespace {

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::filesystem::path> sample_pages() {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(ARCHIVE_SAMPLES_DIR))
        if (e.path().extension() == ".txt")
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("every sample page serialises to its golden record", "[golden]") {
    auto pages = sample_pages();
    REQUIRE(pages.size() >= 7);
    for (const auto& txt : pages) {
        auto golden = txt;
        golden.replace_extension(".json");
        // input.path is the path as given: goldens record it relative to the repository.
        std::string rel = "samples/" + txt.filename().string();
        std::string out = archive::to_json(archive::parse(slurp(txt), rel), true);
        if (archive_test::update_goldens) {
            std::ofstream(golden, std::ios::binary) << out;
            continue;
        }
        INFO("sample " << txt.filename().string() << " (run `archive_tests --update` and review git diff)");
        REQUIRE(std::filesystem::exists(golden));
        CHECK(out == slurp(golden));
    }
}

TEST_CASE("no sample loses a line", "[golden][lossless]") {
    for (const auto& txt : sample_pages()) {
        std::string raw = slurp(txt);
        auto article = archive::parse(raw, "x");
        INFO("sample " << txt.filename().string());
        CHECK(archive::lost_lines(article, archive::decode(raw).text).empty());
    }
}

TEST_CASE("the user's example page gives exactly the expected record", "[golden][lavrov]") {
    std::filesystem::path txt = std::filesystem::path(ARCHIVE_SAMPLES_DIR) / "lavrov-kerry.txt";
    std::filesystem::path expected = std::filesystem::path(ARCHIVE_SOURCE_DIR) / "../shared/spec/lavrov-kerry.expected.json";
    if (!std::filesystem::exists(expected))
        expected = std::filesystem::path(ARCHIVE_SAMPLES_DIR) / "lavrov-kerry.json";
    std::string out = archive::to_json(archive::parse(slurp(txt), "samples/lavrov-kerry.txt"), true);
    std::string want = slurp(expected);
    // The spec file has no trailing newline; our output always ends with one.
    while (!want.empty() && want.back() == '\n')
        want.pop_back();
    CHECK(out == want + "\n");
}
