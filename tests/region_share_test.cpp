// Tests of a share button that a language lists among the phrases closing an article ("Partager cet article",
// "Share this article:"): printed in the middle of the text, with paragraphs of prose under it, it ends nothing; under
// the text, over a call to comment and its form, it still ends the article. Invented pages in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

struct SharePage {
    const char* lang;
    const char* head; // the headline, the lede and the byline
    std::vector<std::string> before;
    const char* button;
    std::vector<std::string> after;
};

std::string page_text(const SharePage& pg) {
    std::string page = std::string(pg.head) + "\n\n";
    for (const auto& p : pg.before)
        page += p + "\n\n";
    page += std::string(pg.button) + "\n\n";
    for (const auto& p : pg.after)
        page += p + "\n\n";
    return page;
}

// Two stories of the pages below: their head (the headline, the lede and the byline) and two paragraphs.
const char* const en_head = "New timetable for the harbour ferries\n\nThe island ferries will sail earlier in the "
                            "morning from the first of June, the operator said.\n\nBy Jane Example";
const std::vector<std::string> en_before = {
    "The operator said the new timetable answers the requests of commuters who work in the town on the mainland.",
    "The first boat will leave the island at half past five, forty minutes earlier than it does during the summer."};
const char* const de_head = "Neue Fahrpläne für die Fähren im Hafen\n\nDie Inselfähren fahren ab dem ersten Juni "
                            "morgens früher, teilte der Betreiber am Montag mit.\n\nVon Anna Muster";
const std::vector<std::string> de_before = {
    "Der Betreiber sagte, der neue Fahrplan folge den Wünschen der Pendler, die in der Stadt auf dem Festland "
    "arbeiten.",
    "Das erste Schiff verlässt die Insel um halb sechs, vierzig Minuten früher als bisher in den Sommermonaten des "
    "Jahres."};

} // namespace

TEST_CASE("a closing share button with prose under it is printed inside the article", "[region][terminator]") {
    const SharePage pages[] = {
        {"fr", "Nouveaux horaires pour les bateaux du port\n\nLes bateaux de l'île partiront plus tôt le matin à "
               "partir du premier juin, a indiqué l'exploitant.\n\nPar Marie Exemple",
         {"L'exploitant a expliqué que les nouveaux horaires répondent aux demandes des habitants qui travaillent sur "
          "le continent.",
          "Le premier bateau quittera l'île à cinq heures et demie, quarante minutes plus tôt qu'aujourd'hui pendant "
          "l'été."},
         "Partager cet article",
         {"Les tarifs ne changeront pas cette année, même si l'exploitant prévient que le carburant reste plus cher "
          "qu'avant.",
          "Le maire de l'île a salué la décision et demandé un bateau de plus le dimanche soir pendant les vacances."}},
        {"en", en_head, en_before,
         "Share this article:",
         {"Fares will not change this year, although the operator warned that fuel costs remain higher than they "
          "were before.",
          "The island's mayor welcomed the change and asked for one more boat on Sunday evenings in the holidays."}},
        {"de", de_head, de_before,
         "Diesen Artikel teilen:",
         {"Die Preise bleiben in diesem Jahr gleich, obwohl der Betreiber warnte, dass der Treibstoff weiter teurer "
          "bleibt als früher.",
          "Der Bürgermeister der Insel begrüßte den Plan und bat um ein weiteres Schiff am Sonntagabend in den "
          "Ferien."}},
    };
    for (const auto& pg : pages) {
        const std::string page = page_text(pg);
        INFO(page);
        const auto paragraphs = paragraphs_of(classify(segment(page), pg.lang));
        for (const auto& p : pg.after) {
            INFO(p);
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), p) != paragraphs.end());
        }
    }
}

TEST_CASE("a call to comment under the article still ends it over the comment form", "[region][terminator]") {
    // "Leave a comment" / the form's notices: the thread's form, no more of the article.
    const SharePage pages[] = {
        {"en", en_head, en_before,
         "Leave a comment",
         {"Your email address will not be published and the comments are moderated, so please be patient with "
          "us today.",
          "Required fields are marked with a star, and a comment without a name will not be published here."}},
        {"de", de_head, de_before,
         "Schreibe einen Kommentar",
         {"Deine E-Mail-Adresse wird nicht veröffentlicht, und die Kommentare werden vor der Freischaltung von uns "
          "geprüft.",
          "Erforderliche Felder sind mit einem Stern markiert, ein Kommentar ohne Namen wird nicht veröffentlicht."}},
    };
    for (const auto& pg : pages) {
        const std::string page = page_text(pg);
        INFO(page);
        const auto paragraphs = paragraphs_of(classify(segment(page), pg.lang));
        for (const auto& p : pg.before)
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), p) != paragraphs.end());
        for (const auto& p : pg.after) {
            INFO(p);
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), p) == paragraphs.end());
        }
    }
}
