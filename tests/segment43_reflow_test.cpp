// join_wrapped() on a text wrapped at a fixed width with no blank line between its paragraphs (a PDF's or a mail's
// text): the paragraphs break where a line ends a sentence and the next line's first word would have fitted on it,
// where the next line opens a quote, and around the lines that are no wrapped lines (a title, a standfirst wider
// than the wrap, a byline); a short line under a wrapped paragraph's last sentence is no continuation of it.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::page_of;
using archive::test::texts_of;

namespace {


struct Reflowed {
    std::vector<std::string> lines;    ///< the page, one line each, no blank line
    std::vector<std::string> expected; ///< the blocks segment() should make of it
};

} // namespace

TEST_CASE("a text wrapped without blank lines between its paragraphs is joined paragraph by paragraph", "[segment]") {
    const std::vector<Reflowed> pages = {
        {{"Harbour Town News",
          "The ferry to the islands will run all winter for the first time, the council decided on Tuesday.",
          "By Jane Marsh",
          "Westport. The council voted on Tuesday to keep the ferry to",
          "the islands running through the winter, ending a break of",
          "four months that islanders have long called unfair. The",
          "service will cost the town about two million a year.",
          "\"We have waited for this for twenty years,\" said Tom Reed,",
          "who runs the shop on the largest island. He said the",
          "winter break had driven young families to the mainland",
          "and closed two of the three schools.",
          "The first winter crossings are planned for November."},
         {"Harbour Town News",
          "The ferry to the islands will run all winter for the first time, the council decided on Tuesday.",
          "By Jane Marsh",
          "Westport. The council voted on Tuesday to keep the ferry to the islands running through the winter, ending a "
          "break of four months that islanders have long called unfair. The service will cost the town about two "
          "million a year.",
          "\"We have waited for this for twenty years,\" said Tom Reed, who runs the shop on the largest island. He said "
          "the winter break had driven young families to the mainland and closed two of the three schools.",
          "The first winter crossings are planned for November."}},
        {{"Neue Buslinie soll das Tal anbinden",
          "Ab Januar fahren die Busse zwischen Talheim und der Kreisstadt jede halbe Stunde, auch am Sonntag.",
          "Von Peter Lanz",
          "Talheim. Der Kreistag hat am Montag beschlossen, die Linie",
          "zwischen Talheim und der Kreisstadt deutlich auszubauen.",
          "Die Busse sollen k\xC3\xBCnftig im Halbstundentakt fahren, auch",
          "am Wochenende und an den Feiertagen.",
          "\xE2\x80\x9E" "Darauf haben die Pendler lange gewartet\xE2\x80\x9C, sagte B\xC3\xBCrgermeisterin",
          "Anna Roth. Die Gemeinde tr\xC3\xA4gt einen Teil der Kosten, den",
          "gr\xC3\xB6\xC3\x9F" "eren Teil \xC3\xBC" "bernimmt der Kreis, der dazu neue",
          "Fahrzeuge mit Elektroantrieb kaufen will.",
          "Der neue Fahrplan gilt ab dem ersten Januar."},
         {"Neue Buslinie soll das Tal anbinden",
          "Ab Januar fahren die Busse zwischen Talheim und der Kreisstadt jede halbe Stunde, auch am Sonntag.",
          "Von Peter Lanz",
          "Talheim. Der Kreistag hat am Montag beschlossen, die Linie zwischen Talheim und der Kreisstadt deutlich "
          "auszubauen. Die Busse sollen k\xC3\xBCnftig im Halbstundentakt fahren, auch am Wochenende und an den "
          "Feiertagen.",
          "\xE2\x80\x9E" "Darauf haben die Pendler lange gewartet\xE2\x80\x9C, sagte B\xC3\xBCrgermeisterin Anna Roth. Die "
          "Gemeinde tr\xC3\xA4gt einen Teil der Kosten, den gr\xC3\xB6\xC3\x9F" "eren Teil \xC3\xBC" "bernimmt der Kreis, "
          "der dazu neue Fahrzeuge mit Elektroantrieb kaufen will.",
          "Der neue Fahrplan gilt ab dem ersten Januar."}},
        {{"La m\xC3\xA9" "diath\xC3\xA8que rouvre ses portes apr\xC3\xA8s deux ans",
          "Les travaux ont co\xC3\xBBt\xC3\xA9 plus que pr\xC3\xA9vu, mais les lecteurs retrouvent une salle enfin agrandie.",
          "Par Marie Dubois",
          "Vernay. La m\xC3\xA9" "diath\xC3\xA8que de Vernay a rouvert samedi apr\xC3\xA8s",
          "deux ans de travaux, avec une salle de lecture agrandie et",
          "un espace pour les enfants. Les travaux ont co\xC3\xBBt\xC3\xA9 pr\xC3\xA8s de",
          "trois millions d'euros.",
          "\xC2\xAB Nous avons enfin de la place pour tout le monde \xC2\xBB, a",
          "dit la directrice, Claire Morel, qui attendait ce jour",
          "depuis longtemps. Elle compte ouvrir le dimanche d\xC3\xA8s le",
          "printemps prochain.",
          "L'entr\xC3\xA9" "e reste gratuite pour tous les habitants."},
         {"La m\xC3\xA9" "diath\xC3\xA8que rouvre ses portes apr\xC3\xA8s deux ans",
          "Les travaux ont co\xC3\xBBt\xC3\xA9 plus que pr\xC3\xA9vu, mais les lecteurs retrouvent une salle enfin agrandie.",
          "Par Marie Dubois",
          "Vernay. La m\xC3\xA9" "diath\xC3\xA8que de Vernay a rouvert samedi apr\xC3\xA8s deux ans de travaux, avec une "
          "salle de lecture agrandie et un espace pour les enfants. Les travaux ont co\xC3\xBBt\xC3\xA9 pr\xC3\xA8s de trois "
          "millions d'euros.",
          "\xC2\xAB Nous avons enfin de la place pour tout le monde \xC2\xBB, a dit la directrice, Claire Morel, qui "
          "attendait ce jour depuis longtemps. Elle compte ouvrir le dimanche d\xC3\xA8s le printemps prochain.",
          "L'entr\xC3\xA9" "e reste gratuite pour tous les habitants."}},
    };
    for (const auto& p : pages) {
        const std::string page = page_of(p.lines);
        INFO(page);
        CHECK(texts_of(segment(page)) == p.expected);
    }
}

TEST_CASE("a sentence ending at a full line goes on in the next line's paragraph", "[segment]") {
    // The line closes a sentence, but the next line's first word would not have fitted on it: the wrap broke it,
    // the paragraph goes on.
    const std::vector<std::string> en = {
        "Harbour Town News",
        "The ferry to the islands will run all winter for the first time, the council decided on Tuesday.",
        "By Jane Marsh",
        "Westport. The council voted on Tuesday to keep the ferry to",
        "the islands running through the winter, ending a break of",
        "four months that islanders have long called quite unfair.",
        "Islanders had asked for the change for many years, and the",
        "council had said no each time until the school closed.",
        "\"We have waited for this for twenty years,\" said Tom Reed,",
        "who runs the shop on the largest island. He said the",
        "winter break had driven young families to the mainland",
        "and closed two of the three schools on the islands.",
    };
    const auto blocks = segment(page_of(en));
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[3].text.ends_with("quite unfair. Islanders had asked for the change for many years, and the council had "
                                   "said no each time until the school closed."));
    CHECK(blocks[4].text.rfind("\"We have waited", 0) == 0);
}

TEST_CASE("lines that only look wrapped by chance are not joined when read again", "[segment]") {
    // A list of short items under a label, a comment box, a menu: runs of three lines, one going on in lower case,
    // no two paragraphs of four wrapped lines.
    const std::vector<std::vector<std::string>> pages = {
        {"Vorteile", "legt verschl\xC3\xBCsselte Laufwerke an und sichert sie gut ab", "unterst\xC3\xBCtzt dynamische Container",
         "Nachteile", "teuer im Vergleich zu den freien Programmen am Markt", "Alternativen"},
        {"Login", "forgot your password? ask the helpdesk for a new one today", "Register", "News",
         "Comments", "see you all at the meeting next week in the town hall", "and bring the cake"},
    };
    for (const auto& lines : pages) {
        const std::string page = page_of(lines);
        INFO(page);
        CHECK(texts_of(segment(page)) == lines);
    }
}

TEST_CASE("a short line under a wrapped paragraph's last sentence is no continuation", "[segment]") {
    struct Row {
        std::string page;
        std::string last_paragraph, footer;
    };
    const std::vector<Row> rows = {
        {"Il mercato coperto di Sanvito ha riaperto\nsabato mattina dopo due anni di lavori e\ncentinaia di persone "
         "erano in fila davanti\nalle porte.\n\nI banchi sono stati assegnati con un bando\npubblico e met\xC3\xA0 "
         "sono andati ai produttori\ndella provincia.\n\nIl restauro \xC3\xA8 costato tre milioni di euro,\nin gran "
         "parte fondi regionali.\nCondividi\n",
         "Il restauro \xC3\xA8 costato tre milioni di euro, in gran parte fondi regionali.", "Condividi"},
        {"The covered market of Easton opened again on\nSaturday after two years of work, and many\npeople were in "
         "the queue before it opened\nits doors.\n\nThe stalls were let by a public call and half\nof them went to "
         "farmers from the county\naround the town.\n\nThe work cost three million pounds, most of\nit from the "
         "regional funds.\nShare this article\n",
         "The work cost three million pounds, most of it from the regional funds.", "Share this article"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const auto blocks = segment(r.page);
        REQUIRE(blocks.size() == 4);
        CHECK(blocks[2].text == r.last_paragraph);
        CHECK(blocks[3].text == r.footer);
    }
    // A last line closing the sentence is the paragraph's: "... most of it from the / regional funds."
    const auto kept = segment("The covered market of Easton opened again on\nSaturday after two years of work, and "
                              "many\npeople were in the queue before it opened\nits doors.\n\nThe work cost three "
                              "million pounds, most of\nit from the regional funds of the county\naround.\n");
    REQUIRE(kept.size() == 2);
    CHECK(kept[1].text == "The work cost three million pounds, most of it from the regional funds of the county around.");
}
