// to_json writes what nlohmann::ordered_json would dump for the record (pretty and compact), on random articles
// whose strings hold quotes, backslashes, control characters and invalid UTF-8.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "archive/batch.hpp"
#include "random_text.hpp"
#include "serialize_parts.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace archive;

namespace {

using Json = nlohmann::ordered_json;

Json opt(const std::optional<std::string>& s) {
    return s ? Json(*s) : Json(nullptr);
}

Json strings(const std::vector<std::string>& v) {
    Json out = Json::array();
    for (const auto& s : v)
        out.push_back(s);
    return out;
}

// The record as a JSON document, member by member in RECORD.md's order.
Json reference_record(const Article& a) {
    static const char* kinds[] = {"direct", "partial", "indirect"};
    static const char* wheres[] = {"headline", "lede", "body", "caption"};
    Json j;
    j["schema_version"] = 1;
    // A path that is not UTF-8 is spelled reversibly, with a warning (escaped_path(): batch42_paths_test.cpp).
    const std::string path = archive::escaped_path(a.input.path, false);
    j["input"] = {{"path", path}, {"bytes", a.input.bytes}, {"sha256", a.input.sha256},
                  {"encoding", a.input.encoding}};
    j["language"] = opt(a.language);
    j["kicker"] = opt(a.kicker);
    j["headline"] = opt(a.headline);
    j["lede"] = opt(a.lede);
    j["authors"] = strings(a.authors);
    j["published"] = opt(a.published);
    j["updated"] = opt(a.updated);
    j["dateline"] = opt(a.dateline);
    if (a.source_tag)
        j["source_tag"] = {{"raw", a.source_tag->raw}, {"agencies", strings(a.source_tag->agencies)}};
    else
        j["source_tag"] = nullptr;
    j["media"] = Json::array();
    for (const auto& m : a.media)
        j["media"].push_back({{"caption", opt(m.caption)}, {"credit", opt(m.credit)}});
    j["sections"] = Json::array();
    for (const auto& s : a.sections)
        j["sections"].push_back({{"heading", opt(s.heading)}, {"paragraphs", strings(s.paragraphs)}});
    j["quotes"] = Json::array();
    for (const auto& q : a.quotes) {
        Json jq = {{"text", q.text},
                   {"kind", kinds[static_cast<int>(q.kind)]},
                   {"speaker", opt(q.speaker)},
                   {"mention", opt(q.mention)},
                   {"cue", opt(q.cue)},
                   {"where", wheres[static_cast<int>(q.where)]}};
        if (q.where == Where::body) {
            jq["section"] = q.section;
            jq["paragraph"] = q.paragraph;
        }
        j["quotes"].push_back(std::move(jq));
    }
    j["boilerplate"] = strings(a.boilerplate);
    j["warnings"] = strings(a.warnings);
    if (path != a.input.path)
        j["warnings"].push_back(std::string(archive::path_not_utf8_warning));
    return j;
}

std::string reference_json(const Article& a, bool pretty) {
    return reference_record(a).dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) + "\n";
}

struct RandomArticles {
    std::mt19937 rng{20261130};
    std::vector<std::string> pieces = {"a", "Lavrov", " ", "\"", "\\", "/", "\b", "\t", "\n", "\f", "\r",
                                       std::string(1, '\0'), "\x01", "\x1f", "\x7f", "\xC3\xA9", "\xE2\x80\x99",
                                       "\xF0\x9F\x98\x80", "\xC3", "\x80", "\xE0\x80\xAF", "\xED\xA0\x80",
                                       "\xF4\x90\x80\x80", "\xC0\xAF", "\xFF", "\xEF\xBF\xBD", "\xE2\x80",
                                       // runs long enough for the sixteen- and eight-byte steps of the writer
                                       "the harbour reopened on Monday", "Sergue\xC3\xAF" " Lavrov a d\xC3\xA9" "clar\xC3\xA9"};

    std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }
    std::string text() { return test::random_pieces(pieces, 11, rng); }
    std::optional<std::string> maybe() { return below(3) == 0 ? std::nullopt : std::optional<std::string>(text()); }
    std::vector<std::string> list() {
        std::vector<std::string> v;
        for (std::size_t k = below(4); k > 0; --k)
            v.push_back(text());
        return v;
    }

    Article next() {
        Article a;
        a.input = InputInfo{text(), below(100000), text(), text()};
        a.language = maybe();
        a.kicker = maybe();
        a.headline = maybe();
        a.lede = maybe();
        a.authors = list();
        a.published = maybe();
        a.updated = maybe();
        a.dateline = maybe();
        if (below(2) == 0)
            a.source_tag = SourceTag{text(), list()};
        for (std::size_t k = below(3); k > 0; --k)
            a.media.push_back(Media{maybe(), maybe()});
        for (std::size_t k = below(3); k > 0; --k)
            a.sections.push_back(Section{maybe(), list()});
        for (std::size_t k = below(4); k > 0; --k) {
            Quote q;
            q.text = text();
            q.kind = static_cast<QuoteKind>(below(3));
            q.speaker = maybe();
            q.mention = maybe();
            q.cue = maybe();
            q.where = static_cast<Where>(below(4));
            q.section = static_cast<int>(below(5)) - 1;
            q.paragraph = static_cast<int>(below(50)) - 1;
            a.quotes.push_back(q);
        }
        a.boilerplate = list();
        a.warnings = list();
        return a;
    }
};

} // namespace

TEST_CASE("to_json matches the ordered_json dump of the record", "[serialize]") {
    Article empty;
    CHECK(to_json(empty, true) == reference_json(empty, true));
    CHECK(to_json(empty, false) == reference_json(empty, false));

    RandomArticles gen;
    for (int n = 0; n < 3000; ++n) {
        Article a = gen.next();
        REQUIRE(to_json(a, true) == reference_json(a, true));
        REQUIRE(to_json(a, false) == reference_json(a, false));
    }
}

namespace {

// Lines for the two scans of the JSON writer: every byte value, and ASCII runs that put a byte to stop at, or a
// multibyte character, on each side of a sixteen- and an eight-byte step's edge.
std::vector<std::string> scan_lines() {
    std::vector<std::string> lines =
        test::edge_lines(40, "a", {"\xC3\xA4", "\xE2\x80\x9C", "\xF0\x9F\x93\xB0", "\xC3", "\x80", "\"", "\\"});
    const std::vector<std::string> pieces = {"word ", "a", "\"", "\\", "\t", "\n", "\x01", "\x1F", " ", "\x7F",
                                             "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xFF", "\xC0\xAF",
                                             "sixteen letters!"};
    test::add_random_lines(lines, pieces, 12, 3000, 23);
    return lines;
}

} // namespace

TEST_CASE("the JSON writer's scan stops at the same bytes with SSE2 and without", "[serialize]") {
    const auto scans = archive::test::compare_scans(scan_lines(), plain_run_end, plain_run_end_portable);
    CHECK(scans.first_difference == "");
    CHECK(scans.compared > 100000);
    // (Each scan stops where it must: at a quote mark after plain letters, and at the end of a plain line.)
    CHECK(plain_run_end_portable("seventeen letters\"", 0) == 17);
    CHECK(plain_run_end("seventeen letters\"", 0) == 17);
    CHECK(plain_run_end_portable("plain", 0) == 5);
}

TEST_CASE("to_json matches the dump when the record outgrows the writer's kilobyte", "[serialize]") {
    // The writer keeps a kilobyte on the side and appends it to the record's string when full; a piece longer than
    // that goes to the string at once. Plain runs of several hundred bytes to more than a kilobyte put those edges
    // anywhere in a string: before a quote mark to escape, in a multibyte character's run, and before an ill-formed
    // byte, which has the whole string written again from where it opened (in the string already, or still aside).
    RandomArticles gen;
    gen.rng.seed(20261204);
    const std::string sentence = "The ferry to the island leaves at nine and comes back at noon. ";
    for (std::size_t n : {300u, 700u, 1023u, 1024u, 1025u, 1600u}) {
        std::string run;
        while (run.size() < n)
            run += sentence;
        run.resize(n);
        gen.pieces.push_back(run);
    }
    std::size_t longest = 0;
    for (int n = 0; n < 400; ++n) {
        Article a = gen.next();
        const std::string compact = to_json(a, false);
        longest = std::max(longest, compact.size());
        REQUIRE(compact == reference_json(a, false));
        REQUIRE(to_json(a, true) == reference_json(a, true));
    }
    CHECK(longest > 20000);
}
