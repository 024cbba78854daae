// "Hannover. Der Landtag hat ...", "Graz. Die Stadt ...", "Bern. Der Bundesrat ...": a German regional paper's place in
// small letters closed by a full stop, opening the text (small_place_stop()).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "press_datelines.hpp"

#include <string>

using namespace archive;

TEST_CASE("a regional paper's place and a full stop open the text as its dateline",
          "[classify][dateline][small_place_stop][head25]") {
    struct Row {
        const char* paragraph;
        const char* lang;
        const char* place; // "" for none
    };
    const Row rows[] = {
        {"Hannover. Der Landtag hat am Dienstag lange über die neuen Schulbusse gestritten.", "de", "Hannover"},
        {"Graz. Die Stadt will bis zum Herbst zwei neue Radwege entlang der Mur bauen.", "de", "Graz"},
        {"Bern. Der Bundesrat hat am Mittwoch die Vorlage zur Bahnreform verabschiedet.", "de", "Bern"},
        {"Garmisch-Partenkirchen. Nach dem Unwetter sind mehrere Wanderwege im Tal weiter gesperrt.", "de",
         "Garmisch-Partenkirchen"},
        // a label of a notice or a summary, a stopword, a title's abbreviation
        {"Fazit. Der neue Radweg hat sich im ersten Jahr gut bewährt, sagen die Anwohner.", "de", ""},
        {"Achtung. Die Brücke über den Kanal bleibt bis Ende der Woche für Autos gesperrt.", "de", ""},
        {"Also. Die Sache mit dem neuen Rathaus ist noch lange nicht ausgestanden, sagt er.", "de", ""},
        {"Dr. Anna Muster hat am Montag die neue Praxis im Ortskern von Neuhausen eröffnet.", "de", ""},
        // one-word sentences after the stop: a diary's opening, no place
        {"Sonntag. Regen. Nebel. Die Kinder wollen trotzdem unbedingt hinaus in den Wald.", "de", ""},
        // no sentence after it, in capitals (plain_dateline()'s); a place of two words (head26: a prefix of places'
        // names and a word, two_word_place())
        {"Hannover. Der neue Landtag", "de", ""},
        {"HANNOVER. Der Landtag hat am Dienstag lange über die neuen Schulbusse gestritten.", "de", ""},
        {"Bad Tölz. Der Stadtrat hat am Dienstag lange über die neuen Schulbusse gestritten.", "de", "Bad Tölz"},
        // languages whose pages keep no such manner: "Overview. The ...", "Résumé. Le ..." open texts as often
        {"London. The council said on Tuesday that the new bus lanes would open in the spring.", "en", ""},
        {"Lyon. Le conseil municipal a voté mardi soir le nouveau plan de circulation du centre.", "fr", ""},
        {"Utrecht. De gemeenteraad heeft dinsdag ingestemd met het nieuwe plan voor de binnenstad.", "nl", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        CHECK(small_place_stop(r.paragraph, r.lang).value_or("") == r.place);
    }
}

TEST_CASE("a German page whose text opens with a place and a full stop has that place as its dateline",
          "[classify][dateline][small_place_stop][head25]") {
    const Article a = parse("Stadtrat streitet über neue Radwege\n"
                            "Graz. Die Stadt will bis zum Herbst zwei neue Radwege entlang der Mur bauen. Die "
                            "Opposition hält die Pläne für zu teuer.\n"
                            "Der Gemeinderat stimmt im April über das Geld für die Radwege ab, wie die Stadt mitteilte.\n");
    CHECK(a.language == "de");
    CHECK(a.dateline.value_or("") == "Graz");
    // The second paragraph opens with no place.
    const Article b = parse("Stadtrat streitet über neue Radwege\n"
                            "Die Stadt will bis zum Herbst zwei neue Radwege entlang der Mur bauen. Die Opposition "
                            "hält die Pläne für zu teuer.\n"
                            "Graz. Der Gemeinderat stimmt im April über das Geld für die Radwege ab, wie die Stadt "
                            "mitteilte.\n");
    CHECK_FALSE(b.dateline);
}

TEST_CASE("a line opening with a place and a full stop over the byline is the text's first paragraph, no standfirst",
          "[classify][dateline][lede][small_place_stop][head25]") {
    for (const char* place : {"Hannover", "Graz", "Bern"}) {
        INFO(place);
        const Article a = parse("Landtag streitet über neue Schulbusse\n" + std::string(place) +
                                ". Der Landtag hat am Dienstag stundenlang über die Anschaffung neuer Schulbusse für "
                                "die Landkreise debattiert.\n"
                                "Von Katrin Beispiel\n"
                                "Die Regierung will bis zum Sommer rund 300 Fahrzeuge bestellen, sagte der Minister am "
                                "Abend im Plenum.\n"
                                "Die Opposition hält die Pläne für unterfinanziert und verlangt einen neuen "
                                "Haushaltsentwurf noch vor April.\n");
        CHECK_FALSE(a.lede);
        CHECK(a.dateline.value_or("") == place);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().paragraphs.front().rfind(std::string(place) + ". Der Landtag", 0) == 0);
    }
}
