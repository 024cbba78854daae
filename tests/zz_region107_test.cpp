// The body's lines kept in the wrong field (invented pages). A photographer's name in capitals alone under a caption
// among the paragraphs ("PIERRE-ALAIN DUBOIS", "LUCA BIANCHI") headed the text under it: it is the caption's credit
// (capital_name_credits()). A rights holder's bare label under a caption ("Rechte: Studio Berg", "Droits : Atelier
// Lac") headed the text too: it is the credit (rights_label_credits()). A caption closed after its stop by the body
// that handed the picture out and the agency ("... du Grand Conseil. Police cantonale / Keystone") stayed a paragraph:
// the credit is split off (body_slash_agency()). A place alone under the byline ("Par Anne Roe" / "Lausanne") left
// for the boilerplate or headed the text: it is the record's dateline (drop_place_over_date()).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "credits_parts.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

// The media of `a` holds a picture of that caption and that credit.
bool has_media(const Article& a, const std::string& caption, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
        return m.caption == std::optional<std::string>(caption) && m.credit == std::optional<std::string>(credit);
    });
}

bool has_heading(const Article& a, const std::string& line) {
    const auto headings = headings_of(a);
    return std::find(headings.begin(), headings.end(), line) != headings.end();
}

bool has_paragraph(const Article& a, const std::string& line) {
    const auto paragraphs = paragraphs_of(a);
    return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end();
}

// A page of an article: the menu, the head (`head`: title, standfirst, byline, date), two paragraphs, the lines of
// `middle`, two more paragraphs, the footer.
struct BodyPage {
    const char* lang;
    std::vector<std::string> head;
    std::vector<std::string> before; // two paragraphs
    std::vector<std::string> after;  // two paragraphs
    std::vector<std::string> footer;
};

std::string page_with(const BodyPage& page, const std::vector<std::string>& middle) {
    std::vector<std::string> lines = page.head;
    lines.insert(lines.end(), page.before.begin(), page.before.end());
    lines.insert(lines.end(), middle.begin(), middle.end());
    lines.insert(lines.end(), page.after.begin(), page.after.end());
    lines.insert(lines.end(), page.footer.begin(), page.footer.end());
    return page_of(lines);
}

const BodyPage fr_page = {
    "fr",
    {"Accueil", "Suisse", "Vaud", "Sport", "Culture", "Lausanne: le nouveau pont du Flon sera inauguré au printemps",
     "Les travaux ont pris six mois de retard, mais la Ville assure que le budget sera tenu.", "Par Anne Roe",
     "5 décembre 2026 à 08h12"},
    {"La Ville de Lausanne a confirmé jeudi que le nouveau pont du Flon serait inauguré au mois d'avril, avec six mois "
     "de retard sur le calendrier initial.",
     "Le chantier a été ralenti par la découverte d'anciennes canalisations sous la chaussée, qu'il a fallu dévier "
     "avant de poser les fondations."},
    {"Selon la municipale Florence Germond, le budget de 18 millions de francs sera respecté. «Nous avons pu compenser "
     "les surcoûts par des économies sur l'éclairage», a-t-elle expliqué.",
     "Les riverains se plaignent toutefois du bruit. Une pétition munie de 800 signatures a été remise à la "
     "Municipalité en novembre."},
    {"Partager", "Commentaires", "Mentions légales"}};

const BodyPage it_page = {
    "it",
    {"Home", "Cronaca", "Ticino", "Sport", "Cultura", "Lugano, il nuovo ponte sul Cassarate sarà aperto in primavera",
     "I lavori sono in ritardo di sei mesi, ma il Municipio assicura che i costi saranno rispettati.", "di Marta Rossi",
     "5 dicembre 2026"},
    {"Il Municipio di Lugano ha confermato giovedì che il nuovo ponte sul Cassarate sarà aperto ad aprile, con sei "
     "mesi di ritardo rispetto ai piani.",
     "Il cantiere è stato rallentato dalla scoperta di vecchie condotte sotto la strada, che è stato necessario "
     "spostare prima di posare le fondamenta."},
    {"Secondo il municipale Roberto Conti, il budget di 12 milioni di franchi sarà rispettato. «Abbiamo compensato i "
     "costi in più risparmiando sull'illuminazione», ha spiegato.",
     "I residenti si lamentano però del rumore. Una petizione con 600 firme è stata consegnata al Municipio in "
     "novembre."},
    {"Condividi", "Commenti", "Privacy"}};

const BodyPage de_page = {
    "de",
    {"Startseite", "Schweiz", "Bern", "Sport", "Kultur",
     "Bern: Neue Velobrücke über die Aare soll 2028 eröffnet werden",
     "Der Stadtrat hat am Dienstag den Baukredit genehmigt. Die Brücke verbindet das Lorrainequartier mit der "
     "Altstadt.",
     "Von Lea Hofstetter", "7. Dezember 2026, 10:14 Uhr"},
    {"Der Berner Stadtrat hat am Dienstagabend mit 52 zu 18 Stimmen einen Kredit von 34 Millionen Franken für den Bau "
     "einer neuen Velobrücke über die Aare gutgeheissen.",
     "Die Brücke soll rund 270 Meter lang werden und das Lorrainequartier direkt mit dem Bahnhofplatz verbinden. Heute "
     "müssen Velofahrende einen Umweg über die Lorrainebrücke nehmen."},
    {"Die Bauarbeiten sollen im Frühling 2027 beginnen. Der Kanton beteiligt sich mit rund einem Drittel an den "
     "Kosten.",
     "Ob die Brücke tatsächlich 2028 eröffnet werden kann, hängt auch von möglichen Einsprachen gegen das Projekt ab."},
    {"Teilen", "Kommentare", "Impressum", "Datenschutz"}};

const BodyPage en_page = {
    "en",
    {"The Harford Courier", "News", "Sport", "Business", "Harford opens new cycle bridge across the river Wend",
     "The bridge links the old town with the station and cuts a long detour for thousands of commuters.",
     "By Owen Maddox", "December 5, 2026"},
    {"Harford's new cycle bridge opened on Friday morning, three months later than planned, after a last safety check "
     "by council engineers.",
     "The 240-metre bridge links the old town with the railway station and spares cyclists a detour of almost two "
     "kilometres along the ring road."},
    {"About four thousand cyclists are expected to use the bridge every day, according to the council's own "
     "estimate.",
     "The council will now decide whether to light the bridge at night, which would add about £400,000 to the bill."},
    {"Share", "Comments", "Privacy policy"}};

struct MiddleRow {
    const BodyPage* page;
    std::vector<std::string> middle;
    std::string caption, credit;
};

} // namespace

TEST_CASE("a name in capitals under a caption among the paragraphs is its credit", "[region107][credits]") {
    const std::vector<MiddleRow> rows = {
        // (A caption that no stop closes, any name; under a sentence closed by its stop, a given name the lexicon
        // knows.)
        {&fr_page,
         {"Le pont vu depuis la place de l'Europe, mercredi matin", "PIERRE-ALAIN DUBOIS"},
         "Le pont vu depuis la place de l'Europe, mercredi matin",
         "PIERRE-ALAIN DUBOIS"},
        {&it_page,
         {"Il ponte visto dal lungolago, mercoledì mattina", "FRANCESCA DE LUCA"},
         "Il ponte visto dal lungolago, mercoledì mattina",
         "FRANCESCA DE LUCA"},
        {&it_page,
         {"Il ponte visto dal lungolago, mercoledì mattina.", "LUCA BIANCHI"},
         "Il ponte visto dal lungolago, mercoledì mattina.",
         "LUCA BIANCHI"},
        {&de_page,
         {"Blick vom Altenberg auf die geplante Linienführung der Brücke.", "KAI BRENDT"},
         "Blick vom Altenberg auf die geplante Linienführung der Brücke.",
         "KAI BRENDT"},
        {&en_page,
         {"The bridge seen from the castle mound at dawn.", "TOM HALLORAN"},
         "The bridge seen from the castle mound at dawn.",
         "TOM HALLORAN"},
        {&en_page,
         {"The bridge seen from the castle mound at dawn", "JANE ROE"},
         "The bridge seen from the castle mound at dawn",
         "JANE ROE"},
    };
    for (const auto& row : rows) {
        INFO(row.credit);
        const Article a = classify(segment(page_with(*row.page, row.middle)), row.page->lang);
        CHECK(has_media(a, row.caption, row.credit));
        CHECK_FALSE(has_heading(a, row.credit));
        CHECK_FALSE(has_paragraph(a, row.caption));
    }
}

TEST_CASE("a heading in capitals between two paragraphs is no credit", "[region107][credits]") {
    // Near misses: a short paragraph closed by its stop, then a heading in capitals: small words of a language ("DIE",
    // "IL", "WHAT"), or no given name the lexicon knows ("HOHE KOSTEN", "RISING COSTS").
    const std::vector<std::pair<const BodyPage*, std::vector<std::string>>> rows = {
        {&de_page, {"Die Gegner kritisierten vor allem die hohen Kosten.", "DIE LAGE AM MORGEN"}},
        {&de_page, {"Die Gegner kritisierten vor allem die hohen Kosten.", "HOHE KOSTEN"}},
        {&it_page, {"Gli oppositori hanno criticato soprattutto i costi.", "IL NODO DEL TRAFFICO"}},
        {&en_page, {"Opponents had criticised the cost of the project.", "WHAT HAPPENS NEXT"}},
        {&en_page, {"Opponents had criticised the cost of the project.", "RISING COSTS"}},
    };
    for (const auto& [page, middle] : rows) {
        INFO(middle.back());
        const Article a = classify(segment(page_with(*page, middle)), page->lang);
        CHECK(has_heading(a, middle.back()));
        CHECK(a.media.empty());
    }
    // A name in capitals over the writer's box that opens with its surname is the writer's, no credit.
    const Article box = classify(
        segment(page_with(de_page, {"Die Gegner kritisierten vor allem die hohen Kosten des Projekts.", "ANNA KELLER",
                                    "Keller berichtet für die Zeitung aus dem Rathaus und über den Verkehr in der "
                                    "Stadt."})),
        "de");
    CHECK(box.media.empty());
    // The name under a line of the text's run that no caption's is, the byline in capitals under the headline, stays
    // where it was: no credit.
    const Article byline = classify(segment(page_of({"The Harford Courier", "News",
                                                     "Harford opens new cycle bridge across the river Wend",
                                                     "JANE ROE",
                                                     "Harford's new cycle bridge opened on Friday morning, three "
                                                     "months later than planned, after a last safety check.",
                                                     "Share"})),
                                    "en");
    CHECK(byline.media.empty());
}

TEST_CASE("a rights holder's bare label under a caption is its credit", "[region107][credits]") {
    const std::vector<MiddleRow> rows = {
        {&de_page,
         {"Die geplante Brücke vom Altenberg aus gesehen.", "Rechte: Studio Berg"},
         "Die geplante Brücke vom Altenberg aus gesehen.",
         "Rechte: Studio Berg"},
        {&fr_page,
         {"Le pont vu depuis la place de l'Europe, mercredi matin.", "Droits : Atelier Lac"},
         "Le pont vu depuis la place de l'Europe, mercredi matin.",
         "Droits : Atelier Lac"},
        {&en_page,
         {"The bridge seen from the castle mound at dawn.", "Rights: Studio Hale"},
         "The bridge seen from the castle mound at dawn.",
         "Rights: Studio Hale"},
        {&it_page,
         {"Il ponte visto dal lungolago, mercoledì mattina.", "Diritti: Archivio di Stato"},
         "Il ponte visto dal lungolago, mercoledì mattina.",
         "Diritti: Archivio di Stato"},
    };
    for (const auto& row : rows) {
        INFO(row.credit);
        const Article a = classify(segment(page_with(*row.page, row.middle)), row.page->lang);
        CHECK(has_media(a, row.caption, row.credit));
        CHECK_FALSE(has_heading(a, row.credit));
    }
    // Near misses: the label opening a topic's heading between two paragraphs, its words in small letters.
    const std::vector<std::pair<const BodyPage*, std::string>> headings = {
        {&fr_page, "Droits : ce que change la réforme"},
        {&en_page, "Rights: what tenants need to know"},
        {&de_page, "Rechte: was Mieter wissen müssen"},
    };
    for (const auto& [page, heading] : headings) {
        INFO(heading);
        const Article a = classify(segment(page_with(*page, {heading})), page->lang);
        CHECK(a.media.empty());
        CHECK(has_heading(a, heading));
    }
}

TEST_CASE("a body and its agency after a caption's stop are its credit", "[region107][credits]") {
    CHECK(body_slash_agency("Police cantonale / Keystone"));
    CHECK(body_slash_agency("Kantonspolizei Bern / Keystone"));
    CHECK(body_slash_agency("Vigili del Fuoco / Ansa"));
    // Near misses: a place after the slash, a figure, a small word closing or opening the body.
    CHECK_FALSE(body_slash_agency("Lausanne / Genève"));
    CHECK_FALSE(body_slash_agency("Ligne 14 / Keystone"));
    CHECK_FALSE(body_slash_agency("Police de / Keystone"));
    CHECK_FALSE(body_slash_agency("Avec la police / Keystone"));
    const std::vector<MiddleRow> rows = {
        {&fr_page,
         {"Des gendarmes devant l'entrée du Grand Conseil. Police cantonale / Keystone"},
         "Des gendarmes devant l'entrée du Grand Conseil.",
         "Police cantonale / Keystone"},
        {&de_page,
         {"Polizistinnen und Polizisten vor dem Rathaus am Dienstag. Kantonspolizei Bern / Keystone"},
         "Polizistinnen und Polizisten vor dem Rathaus am Dienstag.",
         "Kantonspolizei Bern / Keystone"},
        {&it_page,
         {"Agenti davanti al palazzo del Governo martedì. Polizia cantonale / Keystone"},
         "Agenti davanti al palazzo del Governo martedì.",
         "Polizia cantonale / Keystone"},
    };
    for (const auto& row : rows) {
        INFO(row.credit);
        const Article a = classify(segment(page_with(*row.page, row.middle)), row.page->lang);
        CHECK(has_media(a, row.caption, row.credit));
        CHECK_FALSE(has_paragraph(a, row.middle.front()));
    }
    // Near miss: a sentence of the text with a slash between two places keeps its line.
    const std::string sentence = "Le vote est intervenu après un long débat. La ligne ferroviaire Lausanne / Genève "
                                 "reste elle aussi sous surveillance.";
    const Article a = classify(segment(page_with(fr_page, {sentence})), "fr");
    CHECK(has_paragraph(a, sentence));
    CHECK(a.media.empty());
}

namespace {

const std::vector<std::string> fr_place_text = {
    "Le niveau du Léman est descendu cette semaine à 371,85 mètres, son point le plus bas depuis l'hiver 2006. "
    "Plusieurs débarcadères ne sont plus accessibles aux grands bateaux.",
    "La Compagnie générale de navigation a dû supprimer les arrêts de Saint-Saphorin et de Rivaz jusqu'à nouvel "
    "ordre.",
    "«Nous n'avons jamais vu ça en décembre», explique Marc Dufour, pêcheur à Cully depuis trente ans.",
    "Partager", "Commentaires", "Mentions légales"};
const std::vector<std::string> de_place_text = {
    "Der Pegel des Zürichsees ist in dieser Woche auf 405,72 Meter gesunken, den tiefsten Stand seit dem Winter 2006. "
    "Mehrere Stege sind für grosse Schiffe nicht mehr erreichbar.",
    "Die Zürichsee-Schifffahrtsgesellschaft hat die Halte in Uetikon und Herrliberg bis auf weiteres gestrichen.",
    "«So etwas haben wir im Dezember noch nie erlebt», sagt Markus Frei, der seit dreissig Jahren in Meilen fischt.",
    "Teilen", "Kommentare", "Impressum"};
const std::vector<std::string> it_place_text = {
    "Il livello del lago di Como è sceso questa settimana a 197,2 metri, il punto più basso dall'inverno del 2006. "
    "Diversi pontili non sono più raggiungibili dai battelli più grandi.",
    "La Navigazione Laghi ha soppresso le fermate di Careno e Nesso fino a nuovo ordine.",
    "«Non abbiamo mai visto una cosa simile a dicembre», racconta Paolo Neri, pescatore a Bellagio da trent'anni.",
    "Condividi", "Commenti", "Privacy"};

std::string joined(std::vector<std::string> head, const std::vector<std::string>& tail) {
    head.insert(head.end(), tail.begin(), tail.end());
    return page_of(head);
}

} // namespace

TEST_CASE("a place alone under the byline is the text's dateline", "[region107][dateline]") {
    struct Row {
        const char* lang;
        std::vector<std::string> head;
        const std::vector<std::string>* text;
        std::string place;
    };
    const std::vector<Row> rows = {
        // The place between the byline and the date line.
        {"fr",
         {"Accueil", "Suisse", "Vaud", "Sport", "Le Léman a atteint son niveau le plus bas depuis vingt ans",
          "Les bateaux ne peuvent plus accoster dans plusieurs petits ports. Les pêcheurs s'inquiètent.",
          "Par Anne Roe", "Lausanne", "Publié le 5 décembre 2026 à 09h14"},
         &fr_place_text, "Lausanne"},
        {"de",
         {"Startseite", "Schweiz", "Region", "Sport", "Zürichsee: Pegel so tief wie seit zwanzig Jahren nicht mehr",
          "Mehrere Schiffe können kleinere Stege nicht mehr anfahren. Die Fischer sind besorgt.", "Von Hans Meier",
          "Zürich", "5. Dezember 2026, 09:14 Uhr"},
         &de_place_text, "Zürich"},
        // The date over the byline, the place between the byline and the text.
        {"fr",
         {"Accueil", "Suisse", "Vaud", "Sport", "Le Léman a atteint son niveau le plus bas depuis vingt ans",
          "Les bateaux ne peuvent plus accoster dans plusieurs petits ports. Les pêcheurs s'inquiètent.",
          "Publié le 5 décembre 2026 à 09h14", "Par Anne Roe", "Lausanne"},
         &fr_place_text, "Lausanne"},
        {"it",
         {"Home", "Cronaca", "Lombardia", "Sport", "Lago di Como, il livello più basso da vent'anni",
          "Diversi battelli non riescono più ad attraccare nei piccoli porti. I pescatori sono preoccupati.",
          "5 dicembre 2026, 09:14", "di Marta Rossi", "Milano"},
         &it_place_text, "Milano"},
        {"de",
         {"Startseite", "Schweiz", "Region", "Sport", "Zürichsee: Pegel so tief wie seit zwanzig Jahren nicht mehr",
          "Mehrere Schiffe können kleinere Stege nicht mehr anfahren. Die Fischer sind besorgt.",
          "5. Dezember 2026, 09:14 Uhr", "Von Hans Meier", "Zürich"},
         &de_place_text, "Zürich"},
    };
    for (const auto& row : rows) {
        INFO(row.lang << " " << row.head.back());
        const Article a = classify(segment(joined(row.head, *row.text)), row.lang);
        CHECK(a.dateline == std::optional<std::string>(row.place));
        CHECK(in_boilerplate(a, row.place));
        CHECK_FALSE(has_heading(a, row.place));
        CHECK(paragraphs_of(a).front() == row.text->front());
    }
}

TEST_CASE("a menu's entry under a byline is no dateline", "[region107][dateline]") {
    // Near misses: the author's box under the text, its byline over the menu's entries; a place over a menu's entry.
    std::vector<std::string> text = fr_place_text;
    text.insert(text.end() - 3, {"Par Anne Roe", "Culture", "Sport"});
    const Article footer = classify(
        segment(joined({"Accueil", "Suisse", "Le Léman a atteint son niveau le plus bas depuis vingt ans",
                        "Les bateaux ne peuvent plus accoster dans plusieurs petits ports. Les pêcheurs s'inquiètent.",
                        "Par Anne Roe", "Publié le 5 décembre 2026 à 09h14"},
                       text)),
        "fr");
    CHECK_FALSE(footer.dateline);
    const Article menu = classify(
        segment(joined({"Accueil", "Le Léman a atteint son niveau le plus bas depuis vingt ans",
                        "Les bateaux ne peuvent plus accoster dans plusieurs petits ports. Les pêcheurs s'inquiètent.",
                        "Publié le 5 décembre 2026 à 09h14", "Par Anne Roe", "Culture", "Abonnez-vous"},
                       fr_place_text)),
        "fr");
    CHECK_FALSE(menu.dateline);
}

namespace {

struct TickerRow {
    const char* lang;
    std::vector<std::string> lines;
    std::vector<std::string> entries; // the text, one short sentence an entry
    std::vector<std::string> stamps;
};

} // namespace

TEST_CASE("a ticker's entries of one sentence each are its text, their stamps boilerplate", "[region107][live]") {
    // The general shape, as for the entries with a title: each stamp leaves the body, each entry's sentence is a
    // paragraph of the one section the entries run in, in order.
    const std::vector<TickerRow> rows = {
        {"en",
         {"The Harford Courier", "News", "Sport", "Live",
          "Harford United 2-1 Kelby Town: live updates from the Riverside", "By Owen Maddox", "December 5, 2026",
          "Follow every kick of the derby at the Riverside with our live updates.",
          "90'", "It's all over at the Riverside and Harford United take the derby.", "84'",
          "Kelby hit the bar from a free kick on the edge of the box.", "78'",
          "Goal! Sam Okoro heads in from a corner to make it 2-1.", "61'",
          "Kelby are level as Dan Price slots in at the near post.", "Share", "Comments", "Privacy policy"},
         {"It's all over at the Riverside and Harford United take the derby.",
          "Kelby hit the bar from a free kick on the edge of the box.",
          "Goal! Sam Okoro heads in from a corner to make it 2-1.",
          "Kelby are level as Dan Price slots in at the near post."},
         {"90'", "84'", "78'", "61'"}},
        {"it",
         {"Home", "Sport", "Diretta", "Lugano-Servette 2-1: la cronaca della partita", "di Marta Rossi",
          "5 dicembre 2026", "Segui con noi la cronaca minuto per minuto della partita di Cornaredo.", "90’",
          "L'arbitro fischia la fine e il Lugano vince la partita.", "84’",
          "Il Servette colpisce la traversa su calcio di punizione.", "78’",
          "Il Lugano torna in vantaggio con un colpo di testa di Bislimi.", "61’",
          "Il Servette pareggia con un tiro dal limite dell'area.", "Condividi", "Commenti", "Privacy"},
         {"L'arbitro fischia la fine e il Lugano vince la partita.",
          "Il Servette colpisce la traversa su calcio di punizione.",
          "Il Lugano torna in vantaggio con un colpo di testa di Bislimi.",
          "Il Servette pareggia con un tiro dal limite dell'area."},
         {"90’", "84’", "78’", "61’"}},
        {"de",
         {"Startseite", "Regional", "Liveticker", "Sturm über dem Mittelland: Bäume auf Gleisen, Strom fällt aus",
          "Stand: 7.12.2026, 15:10 Uhr", "Von Jonas Pfeiffer",
          "Sturmtief «Xaver» zieht über die Schweiz. Wir berichten laufend über die Folgen.", "15:10",
          "Die SBB meldet, dass die Strecke Bern–Olten wieder in beiden Richtungen befahrbar ist.", "14:52",
          "In Langenthal sind rund 3000 Haushalte ohne Strom.", "14:31",
          "Die Feuerwehr Aarau musste seit dem Mittag 40 Mal ausrücken.", "Teilen", "Kommentare", "Impressum"},
         {"Die SBB meldet, dass die Strecke Bern–Olten wieder in beiden Richtungen befahrbar ist.",
          "In Langenthal sind rund 3000 Haushalte ohne Strom.",
          "Die Feuerwehr Aarau musste seit dem Mittag 40 Mal ausrücken."},
         {"15:10", "14:52", "14:31"}},
    };
    for (const auto& row : rows) {
        INFO(row.lang);
        const Article a = classify(segment(page_of(row.lines)), row.lang);
        CHECK(paragraphs_of(a) == row.entries);
        CHECK(headings_of(a).empty());
        for (const auto& stamp : row.stamps) {
            INFO(stamp);
            CHECK(in_boilerplate(a, stamp));
        }
    }
}
