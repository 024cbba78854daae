// Lines that head no section though they stand alone between paragraphs: a share button inside the article (which
// is boilerplate, and no text between the lede and its byline), and a short sentence quoting somebody, closed by its
// full stop before or after the closing mark (a paragraph, searched for its quote). Whole pages in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

using namespace archive;

using archive::test::headings_of;
using archive::test::paragraphs_of;

namespace {

// A page: its language, its head (headline, lede and byline), three paragraphs and the share button its site prints.
struct SharePage {
    const char* lang;
    std::array<const char*, 3> head;
    std::vector<std::string> text;
    const char* button;
};

const std::vector<SharePage>& share_pages() {
    static const std::vector<SharePage> pages = {
        {"en", {"Night buses return to the valley towns",
          "The county brings back its night buses after three winters without them.", "By Jane Roe"},
         {"The county council voted on Thursday to bring back the night buses that linked the valley towns until 2021.",
          "The first line will run from the station to the hospital every forty minutes between midnight and five.",
          "Nurses and bakers, who start work before dawn, had asked for the buses in a letter signed by two hundred."},
         "Share this article"},
        {"de", {"Nachtbusse fahren wieder in die Talorte",
          "Der Kreis bringt nach drei Wintern ohne sie seine Nachtbusse zurück.", "Von Anna Berg"},
         {"Der Kreistag hat am Donnerstag beschlossen, die Nachtbusse zwischen den Talorten wieder fahren zu lassen.",
          "Die erste Linie fährt zwischen Mitternacht und fünf Uhr alle vierzig Minuten vom Bahnhof zum Spital.",
          "Pflegerinnen und Bäcker, die vor Tagesanbruch anfangen, hatten die Busse in einem Brief gefordert."},
         "Diesen Artikel teilen"},
        {"fr", {"Les bus de nuit reviennent dans la vallée",
          "Le département rétablit ses bus de nuit après trois hivers sans eux.", "Par Marie Dupont"},
         {"Le conseil départemental a voté jeudi le retour des bus de nuit qui reliaient les villages jusqu'en 2021.",
          "La première ligne ira de la gare à l'hôpital toutes les quarante minutes entre minuit et cinq heures.",
          "Les infirmières et les boulangers, qui commencent avant l'aube, avaient réclamé ces bus dans une lettre."},
         "Partagez cet article"},
        {"es", {"Los autobuses nocturnos vuelven a los pueblos del valle",
          "La provincia recupera sus autobuses nocturnos tras tres inviernos sin ellos.", "Por Ana López"},
         {"El consejo provincial votó el jueves la vuelta de los autobuses nocturnos que unían los pueblos hasta 2021.",
          "La primera línea irá de la estación al hospital cada cuarenta minutos entre la medianoche y las cinco.",
          "Enfermeras y panaderos, que empiezan antes del alba, habían pedido los autobuses en una carta firmada."},
         "Compartir esta noticia"},
        {"it", {"Tornano gli autobus notturni nei paesi della valle",
          "La provincia riporta i suoi autobus notturni dopo tre inverni senza.", "Di Anna Rossi"},
         {"Il consiglio provinciale ha votato giovedì il ritorno degli autobus notturni che univano i paesi fino al 2021.",
          "La prima linea andrà dalla stazione all'ospedale ogni quaranta minuti tra la mezzanotte e le cinque.",
          "Infermiere e fornai, che cominciano prima dell'alba, avevano chiesto gli autobus in una lettera firmata."},
         "Condividi questo articolo"},
        {"pt", {"Os autocarros noturnos voltam às vilas do vale",
          "O distrito traz de volta os autocarros noturnos depois de três invernos sem eles.", "Por Ana Souza"},
         {"A assembleia distrital votou na quinta-feira o regresso dos autocarros noturnos que ligavam as vilas.",
          "A primeira linha vai da estação ao hospital de quarenta em quarenta minutos entre a meia-noite e as cinco.",
          "Enfermeiras e padeiros, que começam antes do amanhecer, tinham pedido os autocarros numa carta assinada."},
         "Compartilhe esta notícia"},
        {"nl", {"Nachtbussen rijden weer naar de dorpen in het dal",
          "De provincie brengt na drie winters zonder haar nachtbussen terug.", "Door Anna de Vries"},
         {"De provinciale raad heeft donderdag besloten de nachtbussen tussen de dorpen in het dal terug te brengen.",
          "De eerste lijn rijdt tussen middernacht en vijf uur elke veertig minuten van het station naar het ziekenhuis.",
          "Verpleegsters en bakkers, die voor zonsopgang beginnen, hadden in een brief om de bussen gevraagd."},
         "Deel dit artikel"},
    };
    return pages;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace

TEST_CASE("a share button between two paragraphs is boilerplate, no heading", "[classify][heading][boilerplate]") {
    for (const SharePage& pg : share_pages()) {
        const std::string page = std::string(pg.head[0]) + "\n" + pg.head[1] + "\n" + pg.head[2] + "\n\n" + pg.text[0] +
                                 "\n" + pg.text[1] + "\n" + pg.button + "\n" + pg.text[2] + "\n";
        INFO(page);
        const Article a = classify(segment(page), pg.lang);
        CHECK(headings_of(a).empty());
        CHECK(has(a.boilerplate, pg.button));
        CHECK(paragraphs_of(a) == pg.text);
    }
}

TEST_CASE("a share button between the lede and its byline leaves the lede a lede", "[classify][lede][boilerplate]") {
    for (const SharePage& pg : share_pages()) {
        const std::string page = std::string(pg.head[0]) + "\n" + pg.head[1] + "\n" + pg.button + "\n" + pg.head[2] +
                                 "\n\n" + pg.text[0] + "\n" + pg.text[1] + "\n" + pg.text[2] + "\n";
        INFO(page);
        const Article a = classify(segment(page), pg.lang);
        CHECK(headings_of(a).empty());
        CHECK(a.lede == std::string(pg.head[1]));
        CHECK(has(a.boilerplate, pg.button));
        CHECK(paragraphs_of(a) == pg.text);
    }
}

TEST_CASE("a line calling to share that is a heading or a sentence stays text", "[classify][heading]") {
    // "Share the road": no page nor channel named; "Wir teilen unsere Seite ...": a sentence with its stop.
    const std::string en = "Night buses return to the valley towns\n"
                           "The county council voted on Thursday to bring back the night buses of the valley towns.\n"
                           "The first line will run from the station to the hospital every forty minutes at night.\n\n"
                           "Share the road\n\n"
                           "Cyclists and the buses will share the valley road, which the county will widen in May.\n"
                           "The council will share the plan on its page.\n"
                           "Nurses and bakers, who start work before dawn, had asked for the buses in a letter.\n";
    const Article a = classify(segment(en), "en");
    CHECK(headings_of(a) == std::vector<std::string>{"Share the road"});
    CHECK(has(paragraphs_of(a), "The council will share the plan on its page."));
}

TEST_CASE("a short sentence quoting somebody, closed by its full stop, is a paragraph", "[classify][heading][quotes]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* line;
    };
    const Row rows[] = {
        {"en", R"(Candidate passes his medical check

The campaign released a letter from the candidate's doctor on Friday, after weeks of questions about his health.

The letter said he had lost four kilos this year and that his heart was that of a much younger man.

The doctor is calling the candidate “extremely fit.”

Rivals said a letter was not enough and asked for the full records of the examination to be made public.
)",
         "The doctor is calling the candidate “extremely fit.”"},
        {"de", R"(Kandidat besteht die ärztliche Untersuchung

Die Kampagne hat am Freitag einen Brief des Arztes veröffentlicht, nach Wochen voller Fragen zu seiner Gesundheit.

Im Brief heißt es, er habe in diesem Jahr vier Kilo abgenommen und sein Herz sei das eines jüngeren Mannes.

Der Arzt nennt den Kandidaten „topfit“.

Seine Gegner sagen, ein Brief genüge nicht, und verlangen, dass die ganze Untersuchung offengelegt wird.
)",
         "Der Arzt nennt den Kandidaten „topfit“."},
        {"fr", R"(Le candidat passe sa visite médicale

La campagne a publié vendredi une lettre du médecin du candidat, après des semaines de questions sur sa santé.

La lettre dit qu'il a perdu quatre kilos cette année et que son cœur est celui d'un homme bien plus jeune.

Le médecin juge le candidat « en pleine forme ».

Ses rivaux disent qu'une lettre ne suffit pas et demandent que tout le dossier de l'examen soit rendu public.
)",
         "Le médecin juge le candidat « en pleine forme »."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a).empty());
        CHECK(has(paragraphs_of(a), r.line));
    }
}
