// Table-driven tests of the days that are no page's publication: a day before the web's first pages (take_dates()),
// printed in an encyclopaedia's table of facts, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "dates.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>
#include <utility>

using namespace archive;

namespace {

// An encyclopaedia's page: its title, a sentence, a table of facts with two labelled days, then two paragraphs.
std::string facts_page(const char* label, const char* day, const char* other, const char* sentence) {
    const std::string s(sentence);
    return std::string("Lorvania\n\n") + s + "\n\n• " + label + "\n\t" + day + "\n\n• " + label + " II\n\t" + other +
           "\n\nHistory\n\n" + s + " " + s + "\n\n" + s + "\n";
}

} // namespace

TEST_CASE("a day before the web in a table of facts is no publication", "[classify][dates][web]") {
    for (const auto& [lang, label, day, other, sentence] :
         {std::tuple{"en", "Dominion", "14 August 1912", "2 March 1951",
                     "The island country in the northern sea has two main islands and its people live along the coast."},
          std::tuple{"de", "Gründung", "14. August 1912", "2. März 1951",
                     "Der Inselstaat im nördlichen Meer hat zwei Hauptinseln, und seine Leute wohnen an der Küste."},
          std::tuple{"fr", "Fondation", "14 août 1912", "2 mars 1951",
                     "Le pays insulaire de la mer du Nord a deux îles principales et ses habitants vivent sur la côte."},
          std::tuple{"es", "Fundación", "14 de agosto de 1912", "2 de marzo de 1951",
                     "El país insular del mar del norte tiene dos islas principales y su gente vive junto a la costa."}}) {
        const std::string page = facts_page(label, day, other, sentence);
        INFO(page);
        const Article a = classify(segment(page), lang);
        CHECK_FALSE(a.published);
        CHECK_FALSE(a.updated);
    }
    // A day of the web's years is read as before.
    const std::string page = facts_page("Dominion", "14 August 2012", "2 March 2015",
                                        "The island country in the northern sea has two main islands and its people "
                                        "live along the coast.");
    INFO(page);
    CHECK(classify(segment(page), "en").published == std::optional<std::string>("2012-08-14"));
}

TEST_CASE("a relative date in Dutch, Polish and Portuguese is left null and flagged", "[dates][relative]") {
    for (const auto& [line, lang] :
         {std::pair{"3 uur geleden", "nl"}, std::pair{"4 weken geleden", "nl"}, std::pair{"2 dagen geleden", "nl"},
          std::pair{"3 godziny temu", "pl"}, std::pair{"5 minut temu", "pl"}, std::pair{"2 dni temu", "pl"},
          std::pair{"há 2 dias", "pt"}, std::pair{"há 1 ano", "pt"}}) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK(d.relative);
        CHECK_FALSE(d.published);
    }
    // A count of things without the marker is no date.
    CHECK_FALSE(read_dates("Wir waren 3 Tage auf See", "de").relative);
}
