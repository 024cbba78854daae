// An author's portrait printed twice under the byline, its text alone ("<caption>") and again closed by its credit
// ("<caption> © privat"), over the text's first paragraph: the credited print is the picture's caption, and the
// plain print is its alternative text, no paragraph of the text (media83, probe75 M4). The region opens under them,
// so caption_printed_twice() reads the head's lines over it too. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string page;
    std::string caption, credit;
    std::string first_words; // the opening of the text's first paragraph
};

const std::vector<Row> rows = {
    {"de",
     "Zum Inhalt springen\n"
     "STADTBLATT\n"
     "Politik\n"
     "Wirtschaft\n"
     "Kultur\n"
     "Anmelden\n"
     "Kommentar\n"
     "Die Stadt spart an der falschen Stelle\n"
     "Wer die Bäder schließt, um den Haushalt zu retten, verschiebt die Kosten nur auf später. Der Rat sollte "
     "umdenken.\n"
     "Ein Kommentar von Marlene Vogt\n"
     "4. Dezember 2026, 9:30 Uhr\n"
     "Teilen\n"
     "Marlene Vogt ist Redakteurin im Ressort Lokales von DAS STADTBLATT.\n"
     "Marlene Vogt ist Redakteurin im Ressort Lokales von DAS STADTBLATT. © privat\n"
     "Es gehört zu den Gewohnheiten des Stadtrats, dass jede Haushaltsrunde mit einer Liste von Schließungen endet, "
     "die niemand so richtig erklären mag.\n"
     "Das klingt sparsam. Doch hinter den Zahlen steht ein Haushalt, der die Schwimmbäder, die Bibliotheken und die "
     "Jugendzentren zum dritten Mal in Folge kürzt.\n"
     "Am Ende zahlen die Familien die Rechnung, und zwar mit Zinsen, wenn die Gebäude erst einmal verfallen sind.\n"
     "Impressum\n"
     "Datenschutz\n",
     "Marlene Vogt ist Redakteurin im Ressort Lokales von DAS STADTBLATT.", "© privat",
     "Es gehört zu den Gewohnheiten"},
    {"fr",
     "Aller au contenu\n"
     "LE COURRIER DU LAC\n"
     "Politique\n"
     "Économie\n"
     "Culture\n"
     "Se connecter\n"
     "Éditorial\n"
     "La ville économise au mauvais endroit\n"
     "Fermer les piscines pour sauver le budget, c'est seulement repousser la facture. Le conseil municipal devrait "
     "revoir sa copie.\n"
     "Par Marie Lenoir\n"
     "4 décembre 2026 à 9h30\n"
     "Partager\n"
     "Marie Lenoir est journaliste au service Politique du COURRIER DU LAC.\n"
     "Marie Lenoir est journaliste au service Politique du COURRIER DU LAC. © DR\n"
     "C'est devenu une habitude du conseil municipal : chaque discussion budgétaire se termine par une liste de "
     "fermetures que personne ne prend vraiment la peine d'expliquer.\n"
     "Cela sonne raisonnable. Mais derrière les chiffres se cache un budget qui réduit pour la troisième année de "
     "suite les moyens des piscines, des bibliothèques et des maisons de quartier.\n"
     "Au bout du compte, ce sont les familles qui paieront la note, avec les intérêts, quand les bâtiments se seront "
     "dégradés.\n"
     "Mentions légales\n"
     "Contact\n",
     "Marie Lenoir est journaliste au service Politique du COURRIER DU LAC.", "© DR", "C'est devenu une habitude"},
    {"en",
     "Skip to content\n"
     "THE HARBOUR GAZETTE\n"
     "Politics\n"
     "Business\n"
     "Culture\n"
     "Sign in\n"
     "Opinion\n"
     "The council is saving money in the wrong place\n"
     "Closing the pools to balance the budget only pushes the bill further down the road. The council should think "
     "again.\n"
     "By Jane Roe\n"
     "December 4, 2026 9:30 am\n"
     "Share\n"
     "Jane Roe is a political reporter at THE HARBOUR GAZETTE.\n"
     "Jane Roe is a political reporter at THE HARBOUR GAZETTE. © private\n"
     "It has become a habit of the town council that every budget round ends with a list of closures that nobody "
     "quite bothers to explain to the people who use them.\n"
     "That sounds prudent. But behind the figures lies a budget that cuts the money for pools, libraries and youth "
     "centres for the third year in a row.\n"
     "In the end it is families who will pay the bill, with interest, once the buildings have fallen into "
     "disrepair.\n"
     "Privacy\n"
     "Contact\n",
     "Jane Roe is a political reporter at THE HARBOUR GAZETTE.", "© private", "It has become a habit"},
};

} // namespace

TEST_CASE("an author's portrait printed twice, plain and credited, leaves no paragraph of its caption",
          "[media][caption][media83]") {
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const Article a = parse(row.page, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == row.caption);
        CHECK(a.media[0].credit == row.credit);
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0].starts_with(row.first_words));
        for (const Section& s : a.sections)
            CHECK(std::find(s.paragraphs.begin(), s.paragraphs.end(), row.caption) == s.paragraphs.end());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), row.caption) != a.boilerplate.end());
    }
}
