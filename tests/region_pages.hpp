// Helpers of the tests of the article's region (region_*_test.cpp): a short article with lines under it, and checks of
// the paragraphs a classified page keeps.
#pragma once

#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

namespace archive::test {

/// Whether one of the article's paragraphs opens with `start`.
inline bool has_paragraph_starting(const Article& a, const std::string& start) {
    for (const auto& p : paragraphs_of(a))
        if (p.rfind(start, 0) == 0)
            return true;
    return false;
}

/// A short article in English or German, then `tail`.
inline std::string article_with_tail(const std::string& lang, const std::string& tail) {
    std::string body = lang == "de" ? R"(Hafenblatt
Nachrichten
Die Fähren fahren wieder vom Ostkai
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war.
Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan beginnt.
)"
                                    : R"(Harbour Weekly
Local
New lighthouse lamp for the northern cape
The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.
Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.
The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its only room.
The council will vote on the final bill in the spring, when the summer timetable begins.
)";
    return body + tail;
}

/// The article in `lang` with `tail` under it keeps its last paragraph and loses the one starting with `gone`.
inline void check_tail_leaves(const std::string& lang, const std::string& tail, const std::string& gone) {
    Article a = classify(segment(article_with_tail(lang, tail)), lang);
    INFO(lang << ": " << gone);
    CHECK(has_paragraph_starting(a, lang == "de" ? "Der Gemeinderat stimmt" : "The council will vote"));
    CHECK_FALSE(has_paragraph_starting(a, gone));
}

/// Each page keeps its row's line as the start of a paragraph and has no paragraph opening with one of `absent`.
template <std::size_t N>
void check_page_rows(const PageRow (&rows)[N], std::initializer_list<const char*> absent) {
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(has_paragraph_starting(a, r.line));
        for (const char* start : absent)
            CHECK_FALSE(has_paragraph_starting(a, start));
    }
}

/// Whether `line` is one of the article's paragraphs or the heading of one of its sections, whole.
inline bool in_text(const Article& a, const std::string& line) {
    const auto paragraphs = paragraphs_of(a), headings = headings_of(a);
    return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end() ||
           std::find(headings.begin(), headings.end(), line) != headings.end();
}

/// A page in `lang` whose paragraphs open with each of `kept` and with none of `gone`.
struct KeptGoneCase {
    const char* lang;
    std::string page;
    std::vector<const char*> kept;
    std::vector<const char*> gone;
};

/// The case's page, classified, keeps a paragraph opening with each of its `kept` and none opening with its `gone`.
inline void check_kept_gone(const KeptGoneCase& c) {
    const Article a = classify(segment(c.page), c.lang);
    for (const char* k : c.kept) {
        INFO(c.lang << " kept: " << k);
        CHECK(has_paragraph_starting(a, k));
    }
    for (const char* g : c.gone) {
        INFO(c.lang << " gone: " << g);
        CHECK_FALSE(has_paragraph_starting(a, g));
    }
}

/// `page` with its first `from` replaced by `to` (a variant of a test's page).
inline std::string replaced(std::string page, const std::string& from, const std::string& to) {
    const std::size_t at = page.find(from);
    REQUIRE(at != std::string::npos);
    return page.replace(at, from.size(), to);
}

} // namespace archive::test
