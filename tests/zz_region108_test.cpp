// The body's lines kept in the wrong field (invented pages). A photographer's name in capitals printed right under
// a caption's sentence closed by its stop, the two set apart as a picture's block ("Le nouveau pont, inauguré mardi."
// / "YANNICK ROUX" / blank), headed the text under it unless the lexicon knew the given name: it is the caption's
// credit (capital_name_credits()). A place under the byline set apart from the text by a blank line ("Par Anne Roe"
// / "Lausanne" / blank) left for the boilerplate: printed as a place in the text, it is the record's dateline
// (drop_place_over_date()). A video's title under its player's length and a button the lexicon did not list ("Video"
// / "01:32" / "Guarda il video" / <title>, "Bekijk de video" / "00:58" / <title>) headed the text under it: it is the
// video's caption (captions_in_players()).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

// One of the article's media carries `credit`.
bool credits_line(const Article& a, const std::string& credit) {
    const auto credits = credits_of(a);
    return std::find(credits.begin(), credits.end(), credit) != credits.end();
}

// A news page whose paragraphs are parted by blank lines: the menu, the head, two paragraphs, `middle` (its lines as
// given, blank ones included), two paragraphs, the footer.
struct NewsPage {
    const char* lang;
    std::vector<std::string> head, before, after, footer;
};

std::string news_page(const NewsPage& page, const std::vector<std::string>& middle) {
    std::vector<std::string> lines;
    for (const auto* part : {&page.head, &page.before}) {
        for (const auto& l : *part) {
            lines.push_back(l);
            lines.push_back("");
        }
    }
    lines.insert(lines.end(), middle.begin(), middle.end());
    lines.push_back("");
    for (const auto& l : page.after) {
        lines.push_back(l);
        lines.push_back("");
    }
    lines.insert(lines.end(), page.footer.begin(), page.footer.end());
    return page_of(lines);
}

const NewsPage fr_news = {
    "fr",
    {"Accueil\nSuisse\nVaud\nSe connecter", "Morges: la passerelle sur la Morges ouvre enfin aux piétons",
     "Après dix-huit mois de chantier, elle relie la gare au quartier des Charpentiers.",
     "Par Claire Vuilleumier\n7 décembre 2026 à 06h45"},
    {"La passerelle qui enjambe la Morges a été ouverte au public mardi en fin d'après-midi, en présence des "
     "autorités communales et de plusieurs dizaines d'habitants.",
     "Longue de 64 mètres, elle remplace un ouvrage provisoire installé en 2019 après la crue qui avait emporté "
     "l'ancien pont de bois."},
    {"Le chantier a coûté 4,2 millions de francs, dont un tiers pris en charge par le canton au titre de la mobilité "
     "douce.",
     "La Ville prévoit encore d'éclairer l'ouvrage d'ici l'été prochain, une fois le réseau électrique du quai "
     "refait."},
    {"Partager", "Commentaires", "Mentions légales"}};

const NewsPage de_news = {
    "de",
    {"Startseite\nRegion\nSport\nAnmelden", "Neue Fähre über den Zürichsee nimmt den Betrieb auf",
     "Das Schiff fährt ab Montag im Halbstundentakt zwischen Horgen und Meilen.",
     "Von Lea Hofstetter\n7. Dezember 2026, 10:14 Uhr"},
    {"Die neue Autofähre zwischen Horgen und Meilen hat am Montagmorgen ihre erste Fahrt mit Passagieren "
     "absolviert. Rund 200 Gäste waren dabei.",
     "Das Schiff bietet Platz für 60 Autos und 500 Personen und wird mit einem Hybridantrieb betrieben, der Diesel "
     "spart."},
    {"Für Pendler vom rechten Seeufer verkürzt sich die Fahrt zum Bahnhof Horgen um bis zu zwanzig Minuten, wie die "
     "Gemeinde mitteilt.",
     "Die Betreiberin rechnet damit, dass die Fähre im ersten Jahr rund zwei Millionen Fahrgäste befördern wird."},
    {"Teilen", "Kommentare", "Impressum"}};

const NewsPage it_news = {
    "it",
    {"Home\nCronaca\nTicino\nAccedi", "Bellinzona, riapre il ponte sul Ticino dopo due anni di lavori",
     "Il cantiere è costato 9 milioni di franchi. Da lunedì torna anche la linea dei bus.",
     "di Marta Rossi\n7 dicembre 2026"},
    {"Il ponte sul Ticino tra Bellinzona e Giubiasco è stato riaperto lunedì mattina dopo due anni di lavori di "
     "risanamento, con una breve cerimonia.",
     "Il manufatto, costruito negli anni Sessanta, presentava gravi danni alle armature ed era chiuso ai mezzi "
     "pesanti già nel 2021."},
    {"Da lunedì torna a circolare anche la linea 2 dei bus, che durante i lavori era stata deviata sulla strada "
     "cantonale.",
     "Secondo i tecnici comunali le perdite della rete idrica sono aumentate del trenta per cento negli ultimi "
     "cinque anni."},
    {"Condividi", "Commenti", "Privacy"}};

const NewsPage en_news = {
    "en",
    {"The Harford Courier\nNews\nSport\nSubscribe", "Harford's tram extension finally reaches the hospital",
     "The 2.4 km line opened on Sunday, two years after work began on the first stretch.",
     "By Owen Maddox\nDecember 6, 2026"},
    {"The extension of Harford's tram line to the county hospital carried its first passengers on Sunday morning, "
     "two years after the council approved it.",
     "Trams now run every eight minutes between the station and the hospital, cutting the journey time to twelve "
     "minutes at peak hours."},
    {"Hospital staff said the line would make night shifts easier for hundreds of nurses who live in the north of "
     "the city.",
     "Councillors will decide next month whether to extend the line again towards the airport and the business "
     "park."},
    {"Share", "Comments", "Privacy policy"}};

} // namespace

TEST_CASE("a name in capitals glued under its caption's sentence is its credit", "[region108][credits]") {
    struct Row {
        const NewsPage* page;
        std::string caption, credit;
    };
    // (Given names the lexicon does not list: the picture's block, the caption and the name glued, a blank line
    // under them, says it.)
    const std::vector<Row> rows = {
        {&fr_news, "Le nouveau pont, inauguré mardi.", "YANNICK ROUX"},
        {&de_news, "Die neue Fähre bei ihrer ersten Fahrt über den See.", "SEVERIN NÄGELI"},
        {&it_news, "Il ponte riaperto visto dalla riva sinistra.", "ALESSIO PELLANDINI"},
        {&en_news, "A tram leaves the new hospital stop on Sunday.", "DECLAN FORBES"},
        {&en_news, "A tram leaves the new hospital stop on Sunday.", "ROSALIND MCBRIDE-OKAFOR"},
    };
    for (const auto& row : rows) {
        INFO(row.credit);
        const Article a = classify(segment(news_page(*row.page, {row.caption, row.credit})), row.page->lang);
        CHECK(has_media(a, row.caption, row.credit));
        CHECK_FALSE(is_heading(a, row.credit));
    }
}

TEST_CASE("a heading in capitals set apart from the sentence over it is no credit", "[region108][credits]") {
    struct Row {
        const NewsPage* page;
        std::vector<std::string> middle;
        std::string line;
    };
    const std::vector<Row> rows = {
        // A short paragraph, a blank line, the heading in capitals, a blank line (or the text glued under it).
        {&de_news, {"Die Gegner kritisierten vor allem die hohen Kosten.", "", "NEUE WEGE"}, "NEUE WEGE"},
        {&en_news, {"Opponents had criticised the cost of the project.", "", "RISING COSTS"}, "RISING COSTS"},
        {&it_news, {"Gli oppositori hanno criticato soprattutto i costi.", "", "CRISI IDRICA"}, "CRISI IDRICA"},
        {&fr_news, {"Les opposants dénoncent surtout les coûts.", "", "YANNICK ROUX"}, "YANNICK ROUX"},
    };
    for (const auto& row : rows) {
        INFO(row.line);
        const Article a = classify(segment(news_page(*row.page, row.middle)), row.page->lang);
        CHECK(is_heading(a, row.line));
        CHECK_FALSE(credits_line(a, row.line));
    }
    // The heading glued to the text under it, set apart from the sentence over it.
    const Article glued = classify(
        segment(news_page(en_news, {"Opponents had criticised the cost of the project.", "", "RISING COSTS",
                                    "The project went eleven million pounds over budget after the contractor found "
                                    "old mine workings under the ring road."})),
        "en");
    CHECK(is_heading(glued, "RISING COSTS"));
    CHECK(glued.media.empty());
    // A pull quote and its speaker in capitals: a quotation over the name, no caption.
    for (const auto& [page, quote, name] :
         std::vector<std::tuple<const NewsPage*, std::string, std::string>>{
             {&fr_news, "«Les enfants n'auront plus à faire le détour par la route.»", "YANNICK ROUX"},
             {&en_news, "\u201cNight shifts will be so much easier for all of us now.\u201d", "DECLAN FORBES"}}) {
        INFO(name);
        const Article a = classify(segment(news_page(*page, {quote, name})), page->lang);
        CHECK_FALSE(credits_line(a, name));
    }
    // A writer's box under the text: the name in capitals glued over the bio, no picture's credit.
    const Article box = classify(
        segment(news_page(en_news, {"Opponents had criticised the cost of the project.", "DECLAN FORBES",
                                    "Declan Forbes is the Courier's transport correspondent. He has covered the "
                                    "city's roads and railways since 2015."})),
        "en");
    CHECK_FALSE(credits_line(box, "DECLAN FORBES"));
}

namespace {

// A page whose byline has `place` glued under it, a blank line under that, then `text` (paragraphs parted by blank
// lines).
std::string byline_place_page(const char* byline, const char* place, const std::vector<std::string>& text) {
    std::vector<std::string> lines = {"Accueil\nActualité\nSe connecter", "", "Le canton veut doubler les places de "
                                      "crèche d'ici la fin de la décennie", "", byline, place, ""};
    for (const auto& l : text) {
        lines.push_back(l);
        lines.push_back("");
    }
    lines.push_back("Partager\nCommentaires");
    return page_of(lines);
}

} // namespace

TEST_CASE("a place under the byline set apart from the text is its dateline when the page prints it as a place",
          "[region108][dateline]") {
    struct Row {
        const char *lang, *byline, *place;
        std::vector<std::string> text;
    };
    const std::vector<Row> rows = {
        {"fr", "Par Anne Roe", "Lausanne",
         {"Le Conseil d'État a présenté mercredi à Lausanne un plan pour doubler le nombre de places d'accueil de "
          "jour.",
          "Le canton compte aujourd'hui environ 14 000 places, alors que les listes d'attente dépassent 3000 noms."}},
        {"it", "di Marta Rossi", "Milano",
         {"La giunta regionale ha approvato martedì a Milano un piano da 30 milioni di euro per i nuovi asili nido.",
          "Oggi in Lombardia mancano circa diecimila posti per i bambini sotto i tre anni, secondo l'assessorato."}},
        {"de", "Von Lea Hofstetter", "Thun",
         {"Im Berner Oberland warten Familien bis zu zwei Jahre auf einen Kita-Platz, wie der Regierungsrat in Thun "
          "mitteilte.",
          "Mit einem Kredit von zwölf Millionen Franken sollen deshalb bis 2028 hundert neue Plätze entstehen."}},
        {"es", "Por Ana Ruiz", "Valdora",
         {"El Ayuntamiento presentó este lunes en Valdora un plan para abrir seis nuevas escuelas infantiles.",
          "La ciudad cuenta hoy con unas 900 plazas públicas, muy lejos de las 2.000 que reclaman las familias."}},
    };
    for (const auto& row : rows) {
        INFO(row.place);
        const Article a = classify(segment(byline_place_page(row.byline, row.place, row.text)), row.lang);
        CHECK(a.dateline == std::optional<std::string>(row.place));
        CHECK_FALSE(in_sections(a, row.place));
        CHECK(in_body(a, row.text.front()));
    }
    // Near misses: a button under the byline whose word the text prints after a preposition ("In Teilen der Stadt"),
    // a place the text never names as one, a picture agency's name.
    const std::vector<Row> misses = {
        {"de", "Von Lea Hofstetter", "Teilen",
         {"In Teilen der Stadt warten Familien bis zu zwei Jahre auf einen Kita-Platz, wie der Stadtrat mitteilte.",
          "Mit einem Kredit von zwölf Millionen Franken sollen deshalb bis 2028 hundert neue Plätze entstehen."}},
        {"fr", "Par Anne Roe", "Brenval",
         {"Le Conseil d'État a présenté mercredi un plan pour doubler le nombre de places d'accueil de jour d'ici "
          "2030.",
          "Le canton compte aujourd'hui environ 14 000 places, alors que les listes d'attente dépassent 3000 noms."}},
        {"de", "Von Lea Hofstetter", "GettyImages",
         {"In GettyImages Archiven finden sich viele Bilder der alten Kitas, wie der Stadtrat am Mittwoch mitteilte.",
          "Mit einem Kredit von zwölf Millionen Franken sollen deshalb bis 2028 hundert neue Plätze entstehen."}},
    };
    for (const auto& row : misses) {
        INFO(row.place);
        const Article a = classify(segment(byline_place_page(row.byline, row.place, row.text)), row.lang);
        CHECK_FALSE(a.dateline);
        CHECK(in_body(a, row.text.front()));
    }
}

TEST_CASE("a video's title under its player's length and button is its caption", "[region108][media]") {
    struct Row {
        const NewsPage* page;
        std::vector<std::string> player; // the lines over the title
        std::string title;
    };
    const std::vector<Row> rows = {
        // The length over the button.
        {&it_news, {"Video", "01:32", "Guarda il video"}, "Bellinzona, il ponte riaperto visto dal drone"},
        {&de_news, {"02:10", "Video ansehen"}, "Die neue Fähre bei ihrer ersten Fahrt"},
        {&en_news, {"Video", "1:05", "Watch video"}, "A ride on the new tram to the hospital"},
        // The button over the length (buttons of Dutch and Italian players).
        {&en_news, {"Bekijk de video", "00:58"}, "Zo ziet de nieuwe tramlijn eruit"},
        {&it_news, {"Guarda il video", "01:32"}, "Bellinzona, il ponte riaperto visto dal drone"},
    };
    for (const auto& row : rows) {
        INFO(row.title);
        std::vector<std::string> middle = row.player;
        middle.push_back(row.title);
        const Article a = classify(segment(news_page(*row.page, middle)), row.page->lang);
        CHECK(has_media(a, row.title));
        CHECK_FALSE(in_sections(a, row.title));
    }
    // Near misses: a sentence closed by its stop under the button is the text's; a button and no length over a
    // heading.
    const Article sentence = classify(
        segment(news_page(it_news, {"01:32", "Guarda il video",
                                    "Il ponte riaperto è lungo centoventi metri e costa nove milioni di franchi."})),
        "it");
    CHECK(in_body(sentence, "Il ponte riaperto è lungo centoventi metri e costa nove milioni di franchi."));
    const Article heading =
        classify(segment(news_page(en_news, {"Watch video", "", "What happens next for the airport line"})), "en");
    CHECK_FALSE(has_media(heading, "What happens next for the airport line"));
}
