// "Audio & Podcasts / News / Schweiz / Schneechaos im Wallis / <headline>": on a head copied without blank lines, a
// label of a few words under a breadcrumb of single words printing again entries of the menu is the article's
// kicker, whatever the menu far above holds. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    std::string page;
    const char* lang;
    const char* kicker;
};

std::string page(const char* menu, const char* label, const char* headline, const char* lede, const char* byline,
                 const char* body) {
    return std::string(menu) + label + "\n" + headline + "\n" + lede + "\n" + byline + "\n" + body;
}

const char* const en_body = "The fire broke out on Tuesday evening in a shed on the quay, where old nets and ropes had "
                            "been stored for years.\nFirefighters had the blaze under control after three hours; no "
                            "one was hurt, but the shed is lost.\n";
const char* const de_body = "Das Feuer brach am Dienstagabend in einem Schuppen am Kai aus, in dem seit Jahren alte "
                            "Netze und Taue lagerten.\nDie Feuerwehr hatte den Brand nach drei Stunden unter "
                            "Kontrolle; verletzt wurde niemand, der Schuppen ist aber verloren.\n";

void check(const Row& r) {
    INFO(r.page);
    const Article a = parse(r.page);
    CHECK(a.language == r.lang);
    CHECK(a.kicker.value_or("") == r.kicker);
}

} // namespace

TEST_CASE("a label of a few words under a breadcrumb of single words is the kicker, whatever the menu far above holds",
          "[classify][kicker][head60]") {
    const Row rows[] = {
        {page("Hafenblatt\nSuche\nLogin\nNews\nSchweiz\nAudio & Podcasts\nZürich Schaffhausen\nNews\nSchweiz\n",
              "Brand am Kai", "Schuppen voller Fischernetze brennt ab",
              "Das Feuer war nach drei Stunden unter Kontrolle. Verletzt wurde niemand.", "Von Lena Weiss", de_body),
         "de", "Brand am Kai"},
        {page("The Harbour Post\nLogin\nNews\nLocal\nAudio & Podcasts\nIsle of Man\nNews\nLocal\n", "Fire on the quay",
              "Shed full of fishing nets burns down",
              "The blaze was under control after three hours. No one was "
              "hurt.",
              "By Sam White", en_body),
         "en", "Fire on the quay"},
    };
    for (const Row& r : rows)
        check(r);
}
