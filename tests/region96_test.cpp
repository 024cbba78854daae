// Tables of a vote printed one under the other between paragraphs (invented pages): "<paragraph> / Lire aussi :
// <title> / Le résultat du vote / Budget communal / Pour : 14 / Contre : 8 / Abstentions : 1 / Plan de mobilité /
// Pour : 23 / ... / <paragraph>". The text over the first table stands farther than two lines, beyond a teaser and a
// title; the tables are amid the text all the same (table_amid_text(), text_past_series()), and the paragraph over
// them is not cut off the article.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct VotePage {
    const char* lang;
    const char* head;     // headline and byline
    const char* first;    // the paragraph over the tables
    const char* teaser;   // "Lire aussi : <title>"
    const char* title;    // "Le résultat du vote"
    const char* labels[2];
    const char* counts[3]; // "Pour", "Contre", "Abstentions" with their separator
    const char* after;    // the paragraphs under the tables
};

const VotePage vote_pages[] = {
    {"fr", "Le conseil de Bellerive vote son budget\n\nPar Anne Morvil",
     "La séance a duré trois heures, jeudi soir, dans la salle du conseil de Bellerive. Deux points étaient à l'ordre "
     "du jour, le budget et le plan des pistes cyclables.",
     "Lire aussi : Bellerive: le marché couvert rouvrira en mars", "Le résultat du vote",
     {"Budget communal", "Plan des pistes cyclables"}, {"Pour : ", "Contre : ", "Abstentions : "},
     "Les élus de la minorité ont quitté la salle après le vote du budget, en signe de protestation contre la hausse "
     "des taxes.\n\nLe budget doit encore être approuvé par la tutelle régionale."},
    {"de", "Gemeinderat von Moosbrunn beschließt den Haushalt\n\nVon Petra Gansler",
     "Die Sitzung dauerte am Donnerstagabend drei Stunden. Auf der Tagesordnung standen der Haushalt und der "
     "Radwegeplan der Gemeinde Moosbrunn.",
     "Lesen Sie auch: Moosbrunn: Das Hallenbad schließt im Januar", "Das Ergebnis der Abstimmung",
     {"Haushalt der Gemeinde", "Radwegeplan"}, {"Ja: ", "Nein: ", "Enthaltungen: "},
     "Die Fraktion der Opposition verließ nach der Abstimmung über den Haushalt aus Protest gegen die höheren "
     "Gebühren den Saal.\n\nDer Haushalt muss noch vom Landratsamt genehmigt werden."},
    {"it", "Il consiglio di Roccalta approva il bilancio\n\ndi Marta Scalvini",
     "La seduta è durata tre ore, giovedì sera, nella sala consiliare di Roccalta. All'ordine del giorno c'erano il "
     "bilancio e il piano delle piste ciclabili.",
     "Leggi anche: Roccalta, la piscina comunale chiude per due mesi", "Il risultato del voto",
     {"Bilancio comunale", "Piano delle piste ciclabili"}, {"Favorevoli: ", "Contrari: ", "Astenuti: "},
     "I consiglieri dell'opposizione hanno lasciato l'aula dopo il voto sul bilancio, in segno di protesta contro "
     "l'aumento delle tasse.\n\nIl bilancio deve ancora essere approvato dalla regione."},
    {"en", "Ashford Vale council passes its budget\n\nBy Tom Ellery",
     "The meeting lasted three hours on Thursday evening in the council chamber of Ashford Vale. Two items were on "
     "the agenda, the budget and the cycle lane plan.",
     "Read more: Ashford Vale pool to close for two months", "How the council voted",
     {"Annual budget", "Cycle lane plan"}, {"For: ", "Against: ", "Abstentions: "},
     "The opposition members left the chamber after the budget vote in protest against the higher charges.\n\nThe "
     "budget still needs the approval of the county."},
};

// The page of `v`, `between` standing between its first paragraph and the vote's title.
std::string vote_page(const VotePage& v, const std::string& between) {
    std::string page = std::string(v.head) + "\n\n" + v.first + "\n\n" + between + v.title + "\n\n";
    const char* figures[2][3] = {{"14", "8", "1"}, {"23", "4", "2"}};
    for (int t = 0; t < 2; ++t) {
        page += std::string(v.labels[t]) + "\n";
        for (int c = 0; c < 3; ++c)
            page += std::string(v.counts[c]) + figures[t][c] + "\n";
        page += "\n";
    }
    return page + v.after + "\n";
}

} // namespace

TEST_CASE("vote tables under a teaser and a title amid the text stay in it", "[region][region96]") {
    for (const VotePage& v : vote_pages) {
        const Article a = classify(segment(vote_page(v, std::string(v.teaser) + "\n\n")), v.lang);
        INFO(v.lang);
        const std::string first_count = std::string(v.counts[0]) + "14", last_count = std::string(v.counts[2]) + "2";
        CHECK(test::in_text(a, v.first));
        CHECK(test::in_text(a, first_count));
        CHECK(test::in_text(a, last_count));
        CHECK_FALSE(test::in_boilerplate(a, first_count));
        // The teaser is the page's, amid the text or not.
        CHECK_FALSE(test::in_text(a, v.teaser));
    }
}

TEST_CASE("vote tables with no text under them are not the article's", "[region][region96]") {
    // The same tables under the teaser, then the site's footer: the walk down from the first table over the second
    // reaches no text, and the counts stay out of the article.
    for (const VotePage& v : vote_pages) {
        std::string page = vote_page(v, std::string(v.teaser) + "\n\n");
        page = page.substr(0, page.find(v.after)) + "Impressum\nDatenschutz\nKontakt\n";
        const Article a = classify(segment(page), v.lang);
        INFO(v.lang);
        CHECK(test::in_text(a, v.first));
        CHECK_FALSE(test::in_text(a, std::string(v.counts[0]) + "14"));
        CHECK_FALSE(test::in_text(a, std::string(v.counts[2]) + "2"));
    }
}

TEST_CASE("a quoted answer of two short sentences is a sentence of the text", "[region][region96]") {
    // "Che cosa bisogna fare adesso? / «Controlliamo ogni metro. Poi ripariamo.» / Chi paga?": an interview's answer
    // amid the text, few of its words stopwords, was sent to the boilerplate between its question and the next.
    struct Row {
        const char* lang;
        const char* line;
        bool sentence;
    };
    const Row rows[] = {
        {"it", "«Controlliamo ogni metro. Poi ripariamo.»", true},
        {"es", "«Revisamos cada metro. Luego reparamos.»", true},
        {"fr", "« Contrôlé chaque mètre. Réparé ensuite. »", true},
        {"en", "“Checked every metre. Repaired it.”", true},
        // One sentence in quote marks: a title or a slogan, as rated by its stopwords.
        {"it", "«Argini nuovi, valle sicura.»", false},
        {"en", "“Clean rivers, safe valleys.”", false},
        // The same sentences without their marks, or with the closing mark missing: no quotation.
        {"it", "Controlliamo ogni metro. Poi ripariamo.", false},
        {"es", "«Revisamos cada metro. Luego reparamos.", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const std::vector<Block> blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(short_sentence(blocks.front(), r.lang) == r.sentence);
    }
}
