// A city in mixed case closed by a colon opening the text ("New Delhi: The Centre ...", "Dubai: The ...", "Abidjan :
// Le ...") is a dateline when it is one of lexicon section dateline_places; a label ("Update:", "Analysis:", "Fact
// check:") or a speaker's turn ("Menon: ...") of the same shape stays none. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "press_datelines.hpp"

#include <string>

using namespace archive;

TEST_CASE("a known city in mixed case before a colon opens a dateline, a label none",
          "[classify][dateline][known_place][head51]") {
    struct Row {
        const char* paragraph;
        const char* place; // "" for none
    };
    const Row rows[] = {
        {"New Delhi: The Centre on Saturday cleared a new scheme for the repair of rural roads in six states.",
         "New Delhi"},
        {"Kolkata, Dec 5: The state government will open forty new night shelters before the cold wave arrives.",
         "Kolkata"},
        {"Dubai: The emirate's transport authority will add two new ferry lines across the creek next year.", "Dubai"},
        {"Abu Dhabi: Schools will move to a four-day week for the last month of the term, officials said.",
         "Abu Dhabi"},
        {"Abidjan : Le gouvernement a annoncé mardi la construction de trois nouveaux marchés couverts.", "Abidjan"},
        {"Dakar: Le ministère de la Santé a lancé lundi une campagne de vaccination dans quatre régions.", "Dakar"},
        // (capitals were read before and still are)
        {"CHENNAI: The first stretch of the new metro line will open to passengers in the spring.", "CHENNAI"},
        // (a label, a speaker, a city of no list: none)
        {"Update: The council has since said that the bridge will reopen to traffic on Monday morning.", ""},
        {"Analysis: The vote shows how far the party has moved on housing since the last election.", ""},
        {"Fact check: The claim that the tax doubled last year is false, the figures show.", ""},
        {"Menon: We have asked the states to complete the checks at the earliest possible date.", ""},
        {"Millbrook: The town will vote on the new library budget at its meeting next week.", ""},
        {"Analyse : Le vote montre combien le parti a changé de ligne sur le logement depuis un an.", ""},
        // (a known city whose text is no sentence: a related link's title)
        {"Dubai: Metro adds two new lines to the airport and the old town centre", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto tag = dateline_tag(r.paragraph);
        CHECK((tag ? tag->place : std::string()) == r.place);
    }
}
