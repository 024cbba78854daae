// The newsroom's credit closing a compiled text (boiler23, probe7 kind 10): "Revue de presse réalisée par la rédaction
// de Radio Lorval.", "Zusammengestellt von der Redaktion", "Compiled by our staff." is a credit line of the byline's
// kind, no paragraph of the text. The base kept it as the last paragraph (each row here). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* headline;
    const char* body; // paragraphs, one a line
    const char* credit;
};

std::string page_of(const Row& r, const std::string& last) {
    return std::string("Radio Lorval\nInfos\nPodcasts\n\n") + r.headline + "\n\n" + r.body + "\n" + last +
           "\n\nPartager\nRéagir\n";
}

const Row rows[] = {
    {"fr", "La réforme des retraites agricoles vue par la presse régionale",
     "Pour L'Écho des Combes, le gouvernement a cédé sur la forme sans rien lâcher sur le fond, et les syndicats "
     "promettent de rester mobilisés.\nPlus nuancé, Le Veilleur du Plateau salue une première reconnaissance du "
     "travail des conjointes, longtemps oubliées des régimes de pension.\nDans La Dépêche des Vergers, "
     "l'éditorialiste estime au contraire que le texte entérine des pensions de misère pour des milliers de foyers.",
     "Revue de presse réalisée par la rédaction de Radio Lorval."},
    {"de", "Die Rentenreform der Landwirte im Spiegel der Regionalpresse",
     "Für den Talboten hat die Regierung in der Form nachgegeben, in der Sache aber nichts preisgegeben, und die "
     "Verbände wollen weiter protestieren.\nDer Hügelkurier sieht dagegen eine erste Anerkennung der Arbeit der "
     "Ehepartner, die von den Rentenkassen lange vergessen wurden.\nIm Seeblatt meint der Kommentator, das Gesetz "
     "schreibe für tausende Haushalte Renten fest, von denen niemand leben könne.",
     "Presseschau zusammengestellt von der Redaktion von Radio Lorval."},
    {"en", "How the regional papers read the farm pensions reform",
     "For the Dale Echo, the government gave way on the form while conceding nothing on the substance, and the unions "
     "promise to keep up their protests.\nThe Upland Watch is kinder, welcoming a first recognition of the work of "
     "spouses long forgotten by the pension schemes.\nIn the Orchard Herald, the leader writer argues that the bill "
     "locks in pensions nobody can live on for thousands of households.",
     "Press review compiled by the newsroom of Radio Lorval."},
    {"it", "La riforma delle pensioni agricole nei giornali locali",
     "Per l'Eco delle Valli il governo ha ceduto sulla forma senza concedere nulla nella sostanza, e i sindacati "
     "promettono di restare mobilitati.\nPiù sfumato il Corriere dell'Altopiano, che saluta un primo riconoscimento "
     "del lavoro dei coniugi, a lungo dimenticati dai regimi pensionistici.\nSulla Gazzetta dei Frutteti "
     "l'editorialista sostiene invece che il testo fissa pensioni da fame per migliaia di famiglie.",
     "Rassegna stampa a cura della redazione di Radio Lorval."},
};

} // namespace

TEST_CASE("the newsroom's credit closing a compiled text is no paragraph of it", "[bylines][boiler23]") {
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.credit);
        const Article a = parse(page_of(r, r.credit));
        const auto paragraphs = test::paragraphs_of(a);
        CHECK_FALSE(test::contains(paragraphs, r.credit));
        CHECK(test::contains(a.boilerplate, r.credit));
    }
}

TEST_CASE("a closing sentence naming the newsroom's work without crediting the text stays the text's",
          "[bylines][boiler23]") {
    // "... a été réalisé par des bénévoles ...": the phrase of compiling far into a long sentence, no credit.
    struct Guard {
        const Row& page;
        std::string last;
    };
    const Guard guards[] = {
        {rows[0], "Le dernier numéro de la revue, consacré aux vergers du plateau, a été entièrement réalisé par des "
                  "bénévoles de l'association et sera distribué gratuitement en mairie."},
        {rows[2], "The last issue of the parish magazine, devoted to the upland orchards, was compiled by volunteers "
                  "from the association and will be handed out free at the town hall."},
    };
    for (const Guard& g : guards) {
        INFO(g.last);
        const Article a = parse(page_of(g.page, g.last));
        CHECK(test::contains(test::paragraphs_of(a), g.last));
    }
}
