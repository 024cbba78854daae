// French-language press heads, ends and captions (probe65): the kinds of line a French, Swiss, Belgian or Quebec page
// prints around its text, each also in the other languages where the kind exists. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The body's paragraphs, every section's in order.
std::vector<std::string> body_of(const Article& a) {
    std::vector<std::string> out;
    for (const Section& s : a.sections)
        out.insert(out.end(), s.paragraphs.begin(), s.paragraphs.end());
    return out;
}

bool in_body(const Article& a, const std::string& line) {
    const std::vector<std::string> body = body_of(a);
    return std::find(body.begin(), body.end(), line) != body.end();
}

bool heading_of(const Article& a, const std::string& heading) {
    return std::any_of(a.sections.begin(), a.sections.end(),
                       [&](const Section& s) { return s.heading && *s.heading == heading; });
}

} // namespace

TEST_CASE("a slideshow's button between two paragraphs is no paragraph", "[probe65][boilerplate]") {
    struct Row {
        const char* lang;
        const char* button;
        const char* first;
        const char* second;
    };
    const std::vector<Row> rows = {
        {"fr", "Voir le diaporama",
         "Le marché de Noël de la place centrale a ouvert ses portes samedi, avec plus de quatre-vingts exposants.",
         "Les organisateurs attendent plus de cent mille visiteurs jusqu'au trente et un décembre, comme l'an passé."},
        {"en", "View slideshow",
         "The Christmas market on the central square opened on Saturday with more than eighty stalls this year.",
         "The organisers expect more than a hundred thousand visitors until the end of the month, as last year."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(std::string("Le marché de Noël ouvre ses portes sur la place centrale\n\n") + r.first +
                                "\n\n" + r.button + "\n\n" + r.second + "\n\nVos commentaires\n");
        CHECK(in_body(a, r.first));
        CHECK(in_body(a, r.second));
        CHECK_FALSE(in_body(a, r.button));
        CHECK_FALSE(in_body(a, "Vos commentaires"));
    }
}
