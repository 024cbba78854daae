// head111: the opening of a page. A menu's last item that no list names as a desk ("Motoring", "Motor", "Motori")
// printed again by the footer's menu after the same entry is the menu's item, no kicker (menu_printed_again_below(),
// classify_kickers.cpp); a short page's bare masthead in its footer is read in the page's last third
// (bare_footer_name(), own_name_credits.cpp); a columnist's name over the headline under an opinion column's label is
// the author (mark_name_over_opinion_head(), byline_places.cpp); a label in capitals over the date line glued to the
// headline is the kicker (capitals_label_over_date(), classify_kickers.cpp); the desks of cars, travel and shows are
// listed ([menu_section_names]); one name under the standfirst over the place it files from is the byline
// (mark_names_under_headline(), classify_meta.cpp). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// (the page of the lines, test_pages.hpp's, by a shorter name)
constexpr auto joined = test::page_of;

// A news page in `lang`: `opening` (the menu's lines), the headline, a byline, a date, five paragraphs, the share
// buttons, then `footer`.
std::string news_page(const std::string& lang, const std::vector<std::string>& opening, const std::string& title,
                      const std::vector<std::string>& footer) {
    std::vector<std::string> lines = opening;
    lines.push_back(title);
    if (lang == "de")
        lines.insert(lines.end(),
                     {"Von Karin Fuchs", "04.12.2026, 09:30 Uhr",
                      "Auf der Bundesstraße 27 zwischen Talheim und Neuweiler stehen ab Montag vier neue Blitzsäulen, "
                      "die in beide Richtungen messen.",
                      "Der Landkreis reagiert damit auf eine Reihe schwerer Unfälle im vergangenen Jahr, bei denen "
                      "zwei Menschen ums Leben kamen.",
                      "„Wir wollen niemanden abzocken, sondern die Strecke sicherer machen“, sagte Landrat Peter "
                      "Kiefer am Donnerstag.",
                      "Die Säulen kosten zusammen rund 380.000 Euro und sollen sich nach Angaben des Kreises innerhalb "
                      "von drei Jahren bezahlt machen.",
                      "In den ersten zwei Wochen gibt es nur Verwarnungen, danach werden Bußgelder fällig.",
                      "Artikel teilen", "Facebook", "WhatsApp"});
    else if (lang == "it")
        lines.insert(lines.end(),
                     {"di Luca Ferri", "4 dicembre 2026",
                      "Il Comune di Verona installerà entro l'estate duecento nuove colonnine di ricarica per auto "
                      "elettriche nei parcheggi pubblici dei quartieri.",
                      "Le prime cinquanta saranno attive già a febbraio nella zona di Borgo Trento e a San Zeno, dove "
                      "la richiesta è più alta.",
                      "«Vogliamo che chi compra un'auto elettrica non debba più cercare per mezz'ora dove caricarla», "
                      "ha detto l'assessora alla mobilità Giulia Bassi.",
                      "Il progetto costa 2,4 milioni di euro, finanziati in parte con fondi europei.",
                      "Condividi", "Facebook", "WhatsApp"});
    else
        lines.insert(lines.end(),
                     {"By Tom Hadley", "Published 3 December 2026, 14:05",
                      "Manufacturers of electric vans have cut their list prices by up to a fifth after a sharp fall "
                      "in orders from delivery firms and councils over the autumn.",
                      "The biggest cuts came on medium-sized vans, where three brands dropped prices by more than "
                      "6,000 pounds in the past month, according to figures from dealers.",
                      "\"Fleet buyers are waiting to see what happens to the grant next year,\" said Helen Marsh, who "
                      "runs a leasing broker in Leeds.",
                      "Dealers said private buyers, mostly tradespeople, had not made up for the drop, although "
                      "enquiries rose after the first cuts were announced.",
                      "Share on Facebook", "Share on X"});
    lines.insert(lines.end(), footer.begin(), footer.end());
    return joined(lines);
}

// A short page and the line of it a test looks for (its masthead, its kicker).
struct BriefRow {
    const char* line;
    std::string page;
};

// A German brief of eight lines: `top` (its masthead and menu), the headline, a date, three paragraphs and `footer`.
std::string ferry_brief(const std::vector<std::string>& top, const std::string& footer) {
    std::vector<std::string> lines = top;
    lines.insert(lines.end(),
                 {"Fähre zwischen Auheim und Kesselstadt fährt wieder", "03.12.2026",
                  "Nach drei Wochen Pause wegen des Hochwassers fährt die Mainfähre zwischen Auheim und Kesselstadt ab "
                  "Samstag wieder nach dem normalen Fahrplan.",
                  "Die Stadtwerke hatten den Anleger reparieren müssen, der bei der Flut beschädigt worden war.",
                  "Fahrgäste zahlen im Dezember den halben Preis, teilte das Unternehmen mit.", footer});
    return joined(lines);
}

// A news page's language, its menu's lines over the headline, the headline and its footer's lines.
struct MenuRow {
    std::string lang;
    std::vector<std::string> opening;
    std::string title;
    std::vector<std::string> footer;
};

} // namespace

TEST_CASE("a menu's last item the footer's menu prints again after the same entry is no kicker", "[head111]") {
    const std::vector<MenuRow> rows = {
        {"en", {"Skip to content", "Menu", "News", "Sport", "Showbiz", "Motoring"},
         "Electric van makers slash prices as fleet orders dry up across Britain",
         {"News", "Sport", "Showbiz", "Motoring", "About us", "Contact", "Privacy policy"}},
        {"en", {"Skip to content", "Menu", "News", "Sport", "Showbiz", "Motoring"},
         "Electric van makers slash prices as fleet orders dry up across Britain",
         {"News | Sport | Showbiz | Motoring | About us", "Privacy policy"}},
        {"de", {"Zum Inhalt springen", "Start", "Politik", "Sport", "Motor"},
         "Neue Blitzer an der B27: Hier wird ab Montag kontrolliert",
         {"Start", "Politik", "Sport", "Motor", "Impressum", "Datenschutz", "Kontakt"}},
        {"de", {"Zum Inhalt springen", "Start", "Politik", "Sport", "Motor"},
         "Neue Blitzer an der B27: Hier wird ab Montag kontrolliert",
         {"Start \u00b7 Politik \u00b7 Sport \u00b7 Motor \u00b7 Impressum \u00b7 Datenschutz"}},
        {"it", {"Vai al contenuto", "Home", "Cronaca", "Sport", "Motori"},
         "Auto elettriche, a Verona arrivano 200 nuove colonnine di ricarica",
         {"Home", "Cronaca", "Sport", "Motori", "Chi siamo", "Pubblicità", "Privacy"}},
    };
    for (const auto& r : rows) {
        const Article a = parse(news_page(r.lang, r.opening, r.title, r.footer), "page.txt");
        INFO(r.lang << ": " << r.footer.front());
        CHECK(a.headline == std::optional<std::string>(r.title));
        CHECK_FALSE(a.kicker.has_value());
        CHECK(test::in_boilerplate(a, r.opening.back()));
    }
}

TEST_CASE("near miss: a label the footer's menu does not print after the same entry stays the kicker", "[head111]") {
    // (The footer's menu without the label; no footer's menu at all; the label printed again under the text over
    // another article's title, a teaser's labels, no menu; the pair printed in another order.)
    const std::vector<MenuRow> rows = {
        {"en", {"Skip to content", "Menu", "News", "Culture", "Books", "Interview"},
         "Electric van makers slash prices as fleet orders dry up across Britain",
         {"News", "Culture", "Books", "About us", "Contact", "Privacy policy"}},
        {"en", {"Skip to content", "Menu", "News", "Culture", "Books", "Interview"},
         "Electric van makers slash prices as fleet orders dry up across Britain", {"About us", "Contact"}},
        {"en", {"Skip to content", "Menu", "News", "Culture", "Books", "Interview"},
         "Electric van makers slash prices as fleet orders dry up across Britain",
         {"More from Culture", "Books", "Interview", "The poet who wrote her best collection on night buses",
          "About us", "Contact"}},
        {"de", {"Zum Inhalt springen", "Start", "Politik", "Sport", "Meinung", "Kommentar"},
         "Neue Blitzer an der B27: Hier wird ab Montag kontrolliert",
         {"Start \u00b7 Kommentar \u00b7 Meinung \u00b7 Impressum \u00b7 Datenschutz"}},
        {"it", {"Vai al contenuto", "Home", "Cronaca", "Sport", "Editoriale"},
         "Auto elettriche, a Verona arrivano 200 nuove colonnine di ricarica",
         {"Cronaca", "Sport", "Chi siamo", "Editoriale del direttore", "Privacy"}},
    };
    for (const auto& r : rows) {
        const Article a = parse(news_page(r.lang, r.opening, r.title, r.footer), "page.txt");
        INFO(r.lang << ": " << r.opening.back() << " / " << r.footer.front());
        CHECK(a.headline == std::optional<std::string>(r.title));
        CHECK(a.kicker == std::optional<std::string>(r.opening.back()));
    }
}

TEST_CASE("the desks of cars, travel and shows over the headline are a menu's items without a footer's menu",
          "[head111]") {
    // ([menu_section_names] lists them; set apart from the menu by a blank line each is the article's label.)
    const std::vector<MenuRow> rows = {
        {"en", {"Skip to content", "Menu", "News", "Sport", "Showbiz", "Motoring"},
         "Electric van makers slash prices as fleet orders dry up across Britain", {"About us", "Contact"}},
        {"de", {"Zum Inhalt springen", "Start", "Politik", "Sport", "Reisen"},
         "Neue Blitzer an der B27: Hier wird ab Montag kontrolliert", {"Impressum", "Datenschutz"}},
        {"it", {"Vai al contenuto", "Home", "Cronaca", "Sport", "Viaggi"},
         "Auto elettriche, a Verona arrivano 200 nuove colonnine di ricarica", {"Chi siamo", "Privacy"}},
    };
    for (const auto& r : rows) {
        const Article a = parse(news_page(r.lang, r.opening, r.title, r.footer), "page.txt");
        INFO(r.opening.back());
        CHECK_FALSE(a.kicker.has_value());
        std::vector<std::string> apart = r.opening;
        apart.insert(apart.end() - 1, "");
        const Article b = parse(news_page(r.lang, apart, r.title, r.footer), "page.txt");
        CHECK(b.kicker == std::optional<std::string>(r.opening.back()));
    }
}

TEST_CASE("a short page's masthead printed bare in its footer is the site's name, no kicker", "[head111]") {
    // (A brief of ten lines or fewer: its footer stands among the first twelve lines, read in its last third.)
    const std::vector<BriefRow> rows = {
        {"Rheinufer Bote",
         ferry_brief({"Menü", "Suche", "Rheinufer Bote"},
                     "Rheinufer Bote \u00b7 Impressum \u00b7 Kontakt \u00b7 Datenschutz")},
        {"Westhaven Echo",
         joined({"Skip to content", "Menu", "Westhaven Echo",
                 "Council votes to reopen the old swimming baths next summer", "Dec 3, 2026",
                 "Councillors in Westhaven voted on Tuesday evening to spend 1.2 million pounds repairing the "
                 "Victorian baths on Quay Street, closed since a roof leak in 2023.",
                 "The pool should reopen in July, with cheaper early-morning sessions for pensioners and schools.",
                 "\"People have been asking for this for three years,\" said councillor Ruth Amos, who chairs the "
                 "leisure committee.",
                 "Westhaven Echo \u00b7 About \u00b7 Contact \u00b7 Advertise", "Privacy policy"})},
        {"Gazzetta Lagunare",
         joined({"Cerca", "Menu", "Gazzetta Lagunare", "Chioggia, riapre il ponte di Vigo dopo i lavori",
                 "3 dicembre 2026",
                 "Il ponte di Vigo torna percorribile da sabato dopo quattro mesi di lavori per rinforzare le "
                 "fondamenta.",
                 "Il cantiere è costato 900mila euro ed è stato finanziato dalla Regione.",
                 "Gazzetta Lagunare | Chi siamo | Contatti | Privacy"})},
    };
    for (const auto& r : rows) {
        const Article a = parse(r.page, "brief.txt");
        INFO(r.line);
        CHECK_FALSE(a.kicker.has_value());
        CHECK(test::in_boilerplate(a, r.line));
    }
}

TEST_CASE("near miss: a short page's menu item printed again first in its footer stays the kicker", "[head111]") {
    // (The copy at the top stands under the masthead, set apart from it by a blank line, not under the page's
    // furniture. On a page of twenty lines, where the footer is read past the first twelve, the item is taken for the
    // site's name.)
    const std::vector<BriefRow> rows = {
        {"Ortsgeschehen",
         ferry_brief({"Der Rheinufer Bote", "", "Ortsgeschehen"},
                     "Ortsgeschehen \u00b7 Impressum \u00b7 Kontakt \u00b7 Datenschutz")},
        {"Vie locale",
         joined({"Le Courrier du Lac", "", "Vie locale",
                 "La piscine de Vevey rouvre ses bassins après six mois de travaux",
                 "Le 3 décembre 2026",
                 "Les nageurs retrouveront dès lundi les bassins de la piscine couverte, fermée depuis juin pour le "
                 "remplacement de sa toiture.",
                 "La Ville a investi 3,4 millions de francs dans le chantier, qui a pris un mois de retard.",
                 "Les horaires du matin sont élargis pour les clubs et les écoles.",
                 "Vie locale \u00b7 Mentions légales \u00b7 Contact"})},
    };
    for (const auto& r : rows) {
        const Article a = parse(r.page, "brief.txt");
        INFO(r.line);
        CHECK(a.kicker == std::optional<std::string>(r.line));
    }
}

namespace {

// An opinion column in `lang`: `opening`, the headline, a standfirst, a date and three paragraphs, then `closing`.
std::string column_page(const std::string& lang, const std::vector<std::string>& opening, const std::string& title,
                        const std::vector<std::string>& closing) {
    std::vector<std::string> lines = opening;
    lines.push_back(title);
    if (lang == "es")
        lines.insert(lines.end(),
                     {"Cada año miles de estudiantes abandonan la carrera por no poder pagar un alquiler en la ciudad "
                      "donde estudian",
                      "02/12/2026",
                      "Cuando empecé a dar clase hace veinte años, la mayoría de mis alumnos vivían con sus padres o "
                      "compartían piso por una cantidad razonable.",
                      "Hoy, en la primera semana del curso, varios me preguntan si pueden seguir las clases a "
                      "distancia porque no encuentran habitación.",
                      "Las becas no han subido al mismo ritmo que los precios, y las residencias públicas apenas "
                      "cubren a uno de cada diez estudiantes desplazados."});
    else if (lang == "it")
        lines.insert(lines.end(),
                     {"L'alta velocità si ferma a Salerno da troppo tempo: il Sud paga un ritardo che nessun governo "
                      "ha voluto colmare",
                      "3 dicembre 2026",
                      "Ogni volta che prendo il treno per tornare a casa, in Calabria, il viaggio si divide in due: "
                      "prima veloce, poi lentissimo.",
                      "Da Salerno in giù i binari sono quelli di cinquant'anni fa, e il tempo di percorrenza è rimasto "
                      "quasi lo stesso.",
                      "Il governo ha promesso i fondi, ma i cantieri aprono e chiudono senza che si veda la fine dei "
                      "lavori."});
    else
        lines.insert(lines.end(),
                     {"Leraren verdrinken in formulieren en overleg. Wie het lerarentekort echt wil aanpakken, moet "
                      "ze hun tijd teruggeven.",
                      "2 december 2026, 07:00",
                      "Het is dinsdagmiddag en ik zit voor de derde keer deze week in een vergadering over een nieuw "
                      "volgsysteem voor leerlingen.",
                      "Intussen liggen er dertig proefwerken op mijn bureau die nog nagekeken moeten worden.",
                      "Collega's om me heen vertellen hetzelfde verhaal: een steeds groter deel van de week gaat op "
                      "aan administratie."});
    lines.insert(lines.end(), closing.begin(), closing.end());
    return joined(lines);
}

} // namespace

TEST_CASE("a columnist's name over the headline under an opinion label is the author, the label the kicker",
          "[head111]") {
    struct Row {
        std::string lang;
        std::vector<std::string> opening;
        std::string title;
        std::string author;
        std::string kicker;
    };
    const std::vector<Row> rows = {
        {"es", {"Menú", "Buscar", "Opinión", "TRIBUNA", "Lucía Herrera Prieto"}, "La universidad no puede ser un lujo",
         "Lucía Herrera Prieto", "TRIBUNA"},
        {"it", {"Menu", "Cerca", "Opinioni", "Giovanni Russo"}, "Il treno per Reggio non può aspettare altri vent'anni",
         "Giovanni Russo", "Opinioni"},
        {"nl", {"Naar de inhoud", "Nieuws", "Opinie", "Sport", "Opinie", "Sanne de Wit"},
         "Geef leraren eindelijk de tijd om les te geven", "Sanne de Wit", "Opinie"},
    };
    for (const auto& r : rows) {
        const Article a = parse(column_page(r.lang, r.opening, r.title, {"Compartir", "Facebook"}), "column.txt");
        INFO(r.author);
        CHECK(a.headline == std::optional<std::string>(r.title));
        CHECK(a.authors == std::vector<std::string>{r.author});
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
    }
}

TEST_CASE("near miss: a name over the headline under no opinion label, or on a page signed elsewhere, stays the kicker",
          "[head111]") {
    struct Row {
        std::string lang;
        std::vector<std::string> opening;
        std::vector<std::string> closing;
        std::string kicker;
    };
    const std::vector<Row> rows = {
        // (A person the news is about, over a news page's headline: no opinion label over it.)
        {"it", {"Menu", "Cerca", "Politica", "Giovanni Russo"}, {"Condividi"}, "Giovanni Russo"},
        // (The column signed under its text: the name over the headline is its topic.)
        {"es", {"Menú", "Buscar", "Opinión", "Lucía Herrera Prieto"}, {"Por Andrés Molina Ruiz", "Compartir"},
         "Lucía Herrera Prieto"},
        // (A topic under the label, no given name opening it.)
        {"nl", {"Naar de inhoud", "Nieuws", "Opinie", "Sport", "Opinie", "Passend onderwijs"}, {"Delen"},
         "Passend onderwijs"},
    };
    for (const auto& r : rows) {
        const std::string title = r.lang == "es"   ? "La universidad no puede ser un lujo"
                                  : r.lang == "it" ? "Il treno per Reggio non può aspettare altri vent'anni"
                                                   : "Geef leraren eindelijk de tijd om les te geven";
        const Article a = parse(column_page(r.lang, r.opening, title, r.closing), "column.txt");
        INFO(r.kicker);
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
        CHECK(std::find(a.authors.begin(), a.authors.end(), r.kicker) == a.authors.end());
    }
}

TEST_CASE("a label in capitals over the date line glued to the headline is the kicker", "[head111]") {
    struct Row {
        const char* kicker;
        std::string page;
    };
    const std::string es_rest =
        "El Consejo de Ministros ha aprobado este martes un decreto que amplía las deducciones del IRPF para los "
        "caseros que rebajen el alquiler en las zonas tensionadas.\n"
        "La ministra de Vivienda, Elena Soto, ha defendido que la medida premia a quien pone su piso a un precio "
        "razonable y ha pedido a las comunidades que la apliquen.\n"
        "Las asociaciones de propietarios consideran insuficiente la rebaja y piden más seguridad jurídica frente a "
        "los impagos.\n";
    const std::string nl_rest =
        "De gemeente Utrecht opent in april een nieuwe fietsbrug over het Merwedekanaal, tussen de wijken "
        "Kanaleneiland en Dichterswijk.\n"
        "De brug kost 7,8 miljoen euro en is 120 meter lang. Er komen ook lantaarns die zichzelf dimmen als er "
        "niemand fietst.\n"
        "\"Dit wordt een van de drukste fietsroutes van de stad\", zei wethouder Lotte Visser.\n";
    const std::vector<Row> rows = {
        {"VIVIENDA", joined({"Saltar al contenido", "Portada", "España", "Economía", "VIVIENDA",
                             "Actualizado 03 dic 2026 - 18:40",
                             "El Gobierno aprueba una rebaja fiscal para quien alquile por debajo del índice"}) +
                         es_rest},
        {"VERKEER", joined({"Naar de inhoud", "Home / Regio / Utrecht", "VERKEER", "3 december 2026, 17:45",
                            "Nieuwe fietsbrug over het Merwedekanaal opent in het voorjaar"}) +
                        nl_rest},
    };
    for (const auto& r : rows) {
        const Article a = parse(r.page, "page.txt");
        INFO(r.kicker);
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
        CHECK(a.headline.has_value());
        CHECK((a.published.has_value() || a.updated.has_value()));
    }
    // Near misses: a person's name in capitals over the date is the byline's, no kicker; a flag of live coverage in
    // capitals over it flags the page, no topic.
    const Article named = parse(joined({"Naar de inhoud", "Home / Regio / Utrecht", "PIETER JANSEN",
                                        "3 december 2026, 17:45",
                                        "Nieuwe fietsbrug over het Merwedekanaal opent in het voorjaar"}) +
                                    nl_rest,
                                "page.txt");
    CHECK(named.kicker != std::optional<std::string>("PIETER JANSEN"));
    const std::string live_title = "El Gobierno aprueba una rebaja fiscal para quien alquile por debajo del índice";
    const Article live = parse(joined({"Saltar al contenido", "Portada", "España", "Economía", "EN DIRECTO",
                                       "Actualizado 03 dic 2026 - 18:40", live_title}) +
                                   es_rest,
                               "page.txt");
    CHECK(live.kicker != std::optional<std::string>("EN DIRECTO"));
}

TEST_CASE("one name under the standfirst over the place it files from is the byline", "[head111]") {
    const std::string es_text =
        "El Consejo de Ministros ha aprobado este martes un decreto que amplía las deducciones del IRPF para los "
        "caseros que rebajen el alquiler en las zonas tensionadas.\n"
        "Las asociaciones de propietarios consideran insuficiente la rebaja y piden más seguridad jurídica frente a "
        "los impagos.\n";
    const std::string es_head = joined({"Portada", "Economía", "Actualizado 03 dic 2026 - 18:40",
                                        "El Gobierno aprueba una rebaja fiscal para quien alquile barato",
                                        "Los propietarios podrán deducirse hasta el 90% de los rendimientos si bajan "
                                        "el precio al menos un 5%"});
    const Article es = parse(es_head + joined({"Clara Vidal", "Madrid"}) + es_text, "page.txt");
    CHECK(es.authors == std::vector<std::string>{"Clara Vidal"});
    CHECK(es.dateline == std::optional<std::string>("Madrid")); // (as under "Por Clara Vidal")
    CHECK(test::headings_of(es).empty());
    const Article it = parse(
        joined({"Home", "Politica", "4 dicembre 2026", "Torino, chiude dopo 80 anni la storica libreria di via Po",
                "I proprietari non hanno trovato un accordo con il nuovo padrone dei muri: l'affitto è triplicato in "
                "un anno",
                "Marta Gallo", "Torino",
                "La libreria Bertola, aperta nel 1946 sotto i portici di via Po, chiuderà a fine gennaio dopo "
                "ottant'anni di attività.",
                "In città la notizia ha suscitato molte reazioni: una raccolta di firme online ha superato le "
                "cinquemila adesioni."}),
        "page.txt");
    CHECK(it.authors == std::vector<std::string>{"Marta Gallo"});
    CHECK(it.dateline == std::optional<std::string>("Torino"));
    // Near miss: the place over another short line (a list of cities, a menu) is no byline's.
    const Article list = parse(es_head + joined({"Clara Vidal", "Madrid", "Barcelona"}) + es_text, "page.txt");
    CHECK(list.authors.empty());
    CHECK(!list.dateline);
}
