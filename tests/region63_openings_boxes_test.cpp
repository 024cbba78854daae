// Tests of the lines at the two ends of a review's, a report's or a press release's text: a heading that opens the
// text under the picture's credit (or the byline, the lede), a button to download a file that heads nothing
// (src/region_body_drops.cpp heading_over_region(), download_button()); the author's box of a name, a job and a short
// bio under the text (src/region_author_boxes.cpp role_bio()); the box presenting the body that issued a release, named
// without a legal form (src/endings.cpp mark_company_boxes()). Invented pages in English, German, French and Spanish.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "download_buttons.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;
using archive::test::has_paragraph_starting;
using archive::test::in_boilerplate;
using archive::test::in_text;

namespace {

// A review: the site's menu, the headline, the lede, the byline and the date lines, a picture's caption and credit,
// then two parts of the text under their headings, and the site's footer. `tail` goes between the text and the
// footer.
struct ReviewPage {
    const char* lang;
    std::vector<std::string> head;  // menu, headline, lede, byline, date, caption, credit
    std::vector<std::string> parts; // heading, paragraph, paragraph, heading, paragraph, paragraph
    std::vector<std::string> footer;
};

const ReviewPage review_pages[] = {
    {"en",
     {"Harbour Gear", "Reviews", "Deals", "Newsletter", "Tidewater Kettle 3 review: quick to boil, loud to pour",
      "The Kettle 3 boils a litre in under three minutes, but its lid rattles every time you pour.", "By Nora Fitch",
      "Published March 3, 2026", "When you buy through our links, we may earn a commission. Here is how it works.",
      "The Tidewater Kettle 3 on a kitchen shelf.", "(Image credit: Harbour Gear / Nora Fitch)"},
     {"Design and build",
      "The Kettle 3 is made of brushed steel, and its handle stays cool even when the water has just boiled.",
      "The lid is the weak point. It sits loosely in its frame and rattles whenever the kettle is tipped to pour.",
      "Speed and noise",
      "We boiled a full litre in two minutes and fifty seconds, faster than any kettle we tested this year.",
      "The boil is quiet, but the click of the switch is loud enough to wake a sleeping household early."},
     {"About us", "Privacy policy"}},
    {"de",
     {"Hafenblatt Technik", "Tests", "Angebote", "Newsletter", "Tidewater Wasserkocher 3 im Test: schnell, aber laut",
      "Der Wasserkocher 3 bringt einen Liter in unter drei Minuten zum Kochen, doch sein Deckel klappert beim Gießen.",
      "Von Anna Keller", "Veröffentlicht am 3. März 2026",
      "Wenn du über unsere Links kaufst, erhalten wir eine kleine Provision. So funktioniert es.",
      "Der Wasserkocher 3 auf einem Küchenregal.", "Foto: Hafenblatt / Anna Keller"},
     {"Verarbeitung und Design",
      "Der Wasserkocher 3 ist aus gebürstetem Stahl, und sein Griff bleibt kühl, auch wenn das Wasser gerade kocht.",
      "Der Deckel ist die Schwachstelle. Er sitzt locker im Rahmen und klappert, sobald man den Kocher neigt.",
      "Tempo und Lautstärke",
      "Einen vollen Liter brachten wir in zwei Minuten und fünfzig Sekunden zum Kochen, schneller als jedes andere.",
      "Das Kochen ist leise, aber das Klicken des Schalters ist laut genug, um morgens das ganze Haus zu wecken."},
     {"Impressum", "Datenschutz"}},
    {"fr",
     {"Port Conso", "Tests", "Bons plans", "Newsletter", "Test de la bouilloire Tidewater 3 : rapide mais bruyante",
      "La bouilloire 3 chauffe un litre en moins de trois minutes, mais son couvercle claque à chaque fois qu'on "
      "verse.",
      "Par Claire Roux", "Publié le 3 mars 2026",
      "Quand vous achetez via nos liens, nous touchons une petite commission. Voici comment.",
      "La bouilloire Tidewater 3 sur une étagère de cuisine.", "Photo : Port Conso / Claire Roux"},
     {"Conception et finition",
      "La bouilloire 3 est en acier brossé, et sa poignée reste froide même quand l'eau vient de bouillir.",
      "Le couvercle est le point faible. Il tient mal dans son cadre et claque dès qu'on penche la bouilloire.",
      "Vitesse et bruit",
      "Nous avons chauffé un litre en deux minutes et cinquante secondes, plus vite que toutes les autres cette année.",
      "La chauffe est silencieuse, mais le déclic de l'interrupteur suffit à réveiller toute la maison le matin."},
     {"Mentions légales", "Confidentialité"}},
    {"es",
     {"Puerto Hogar", "Análisis", "Ofertas", "Boletín", "Análisis del hervidor Tidewater 3: rápido pero ruidoso",
      "El hervidor 3 calienta un litro en menos de tres minutos, pero su tapa golpea cada vez que se sirve el agua.",
      "Por Lucía Ortega", "Publicado el 3 de marzo de 2026",
      "Si compras a través de nuestros enlaces, recibimos una pequeña comisión. Así funciona.",
      "El hervidor Tidewater 3 en un estante de la cocina.", "Foto: Puerto Hogar / Lucía Ortega"},
     {"Diseño y acabados",
      "El hervidor 3 es de acero cepillado, y su asa sigue fría incluso cuando el agua acaba de hervir en la base.",
      "La tapa es el punto débil. Queda suelta en su marco y golpea en cuanto se inclina el hervidor para servir.",
      "Velocidad y ruido",
      "Hervimos un litro entero en dos minutos y cincuenta segundos, más rápido que cualquier otro este año.",
      "El hervor es silencioso, pero el clic del interruptor basta para despertar a toda la casa por la mañana."},
     {"Aviso legal", "Privacidad"}},
};

// The page's text: the head's lines one under the other, a blank line under each heading and each paragraph of the
// text, then the tail's lines and the footer's.
std::string review_text(const std::vector<std::string>& head, const std::vector<std::string>& parts,
                        const std::vector<std::string>& tail, const std::vector<std::string>& footer) {
    std::string page;
    for (const auto& line : head)
        page += line + "\n";
    for (const auto& line : parts)
        page += line + "\n\n";
    for (const auto& line : tail)
        page += line + "\n";
    for (const auto& line : footer)
        page += line + "\n";
    return page;
}

Article classify_review(const ReviewPage& r, const std::vector<std::string>& tail = {}) {
    return classify(segment(review_text(r.head, r.parts, tail, r.footer)), r.lang);
}

Article classify_lines(const std::vector<std::string>& lines, const char* lang) {
    return classify(segment(test::page_of(lines)), lang);
}

} // namespace

TEST_CASE("a heading right under the picture's credit opens the text", "[region][region63]") {
    // (The affiliate notice between the date line and the picture: the heading is no longer the line under the date.)
    for (const auto& r : review_pages) {
        INFO(r.lang);
        const Article a = classify_review(r);
        REQUIRE(a.sections.size() == 2);
        CHECK(a.sections[0].heading == r.parts[0]);
        CHECK(a.sections[1].heading == r.parts[3]);
        CHECK(has_paragraph_starting(a, r.parts[1].substr(0, 20)));
        CHECK_FALSE(in_boilerplate(a, r.parts[0]));
    }
}

TEST_CASE("the credit of the text's editor under the byline heads no text", "[region][region63]") {
    // "Written by Nora Fitch / Edited by Tom Hale / <blank> / <paragraph>": a second line of credits, no heading.
    const char* credits[][2] = {{"Written by Nora Fitch", "Edited by Tom Hale"},
                                {"Bericht von Anna Keller", "Redigiert von Max Roe"},
                                {"Rédigé par Claire Roux", "Édité par Paul Martin"},
                                {"Información de Lucía Ortega", "Editado por Luis Gil"}};
    for (std::size_t i = 0; i < std::size(review_pages); ++i) {
        const ReviewPage& r = review_pages[i];
        INFO(r.lang);
        std::string page;
        for (std::size_t k = 0; k < 4; ++k)
            page += r.head[k] + "\n";
        page += r.head[4] + "\n\n" + credits[i][0] + "\n" + credits[i][1] + "\n\n";
        for (std::size_t k = 1; k < r.parts.size(); ++k)
            page += r.parts[k] + "\n\n";
        page += r.footer[0] + "\n" + r.footer[1] + "\n";
        const Article a = classify(segment(page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections[0].heading != std::optional<std::string>(credits[i][1]));
        CHECK_FALSE(in_text(a, credits[i][1]));
    }
}

namespace {

// A report's page: the headline, the lede and the date line, a button to download the report, the picture's caption
// and credit, two paragraphs, a heading and two more paragraphs.
struct ReportPage {
    const char* lang;
    std::vector<std::string> lines; // the button at line 7
    std::vector<std::string> buttons;
};

const ReportPage report_pages[] = {
    {"en",
     {"Harbour Soil Trust", "About us", "Publications", "Report",
      "Half of the fields we sampled are losing organic matter",
      "Our new survey of 900 fields in five regions shows a fast fall in the carbon of farmed soils over twenty years.",
      "Published 3 March 2026", "Download the full report (PDF, 1.2 MB)",
      "Soil samples taken from a wheat field near the coast.", "© Harbour Soil Trust / Tom Hale",
      "Between 2024 and 2026, our teams took soil samples from 900 farmed fields along the coast and in the valleys.",
      "The result: in more than half of the fields, organic matter has fallen since the last public measurements.",
      "Main findings",
      "Fields of cereals left bare in winter lose the most carbon, while permanent meadows keep their stock.",
      "Farms that spread compost every year see their levels hold steady over the whole period of the survey.",
      "Privacy"},
     {"Download the full report (PDF, 1.2 MB)", "Full report (PDF, 1.2 MB)", "Download the summary"}},
    {"de",
     {"Bodenstiftung Küste", "Über uns", "Publikationen", "Bericht",
      "Die Hälfte der untersuchten Felder verliert Humus",
      "Unsere neue Studie an 900 Feldern in fünf Regionen zeigt einen raschen Rückgang des Kohlenstoffs im Boden.",
      "Veröffentlicht am 3. März 2026", "Bericht herunterladen (PDF, 1,2 MB)",
      "Bodenproben von einem Weizenfeld nahe der Küste.", "© Bodenstiftung Küste / Max Roe",
      "Zwischen 2024 und 2026 haben unsere Teams Bodenproben auf 900 Feldern an der Küste und in den Tälern genommen.",
      "Das Ergebnis: Auf mehr als der Hälfte der Felder ist der Humusgehalt seit den letzten Messungen gesunken.",
      "Die wichtigsten Ergebnisse",
      "Getreidefelder, die im Winter brach liegen, verlieren am meisten Kohlenstoff, Dauerwiesen halten ihn.",
      "Betriebe, die jedes Jahr Kompost ausbringen, halten ihren Humusgehalt über die ganze Zeit der Studie.",
      "Datenschutz"},
     {"Bericht herunterladen (PDF, 1,2 MB)", "Die Kurzfassung herunterladen", "Vollständiger Bericht (PDF, 1,2 MB)"}},
    {"fr",
     {"Sols Vivants du Littoral", "Qui sommes-nous", "Publications", "Rapport",
      "La moitié des champs étudiés perd de la matière organique",
      "Notre nouvelle enquête sur 900 champs dans cinq régions montre une baisse rapide du carbone des sols cultivés.",
      "Publié le 3 mars 2026", "Télécharger le rapport (PDF, 1,2 Mo)",
      "Des prélèvements de sol dans un champ de blé près de la côte.", "© Sols Vivants du Littoral / Paul Roux",
      "Entre 2024 et 2026, nos équipes ont prélevé des échantillons de sol dans 900 champs de la côte et des vallées.",
      "Résultat : dans plus de la moitié des champs, la matière organique a baissé depuis les dernières mesures.",
      "Principales conclusions",
      "Les champs de céréales laissés nus en hiver perdent le plus de carbone, les prairies gardent leur stock.",
      "Les fermes qui épandent du compost chaque année voient leur teneur se maintenir pendant toute l'enquête.",
      "Mentions légales"},
     {"Télécharger le rapport (PDF, 1,2 Mo)", "Télécharger la synthèse (4 pages)", "Rapport complet (PDF, 1,2 Mo)"}},
    {"es",
     {"Fundación Suelos del Litoral", "Quiénes somos", "Publicaciones", "Informe",
      "La mitad de los campos estudiados pierde materia orgánica",
      "Nuestro nuevo estudio de 900 campos en cinco regiones muestra una caída rápida del carbono de los suelos.",
      "Publicado el 3 de marzo de 2026", "Descargar el informe (PDF, 1,2 MB)",
      "Muestras de suelo tomadas en un campo de trigo cerca de la costa.", "© Fundación Suelos del Litoral / Ana Gil",
      "Entre 2024 y 2026, nuestros equipos tomaron muestras de suelo en 900 campos de la costa y de los valles.",
      "El resultado: en más de la mitad de los campos, la materia orgánica ha bajado desde las últimas mediciones.",
      "Principales conclusiones",
      "Los campos de cereal sin cubierta en invierno pierden más carbono, mientras las praderas mantienen su reserva.",
      "Las granjas que echan compost cada año mantienen su nivel durante todo el periodo del estudio en la costa.",
      "Privacidad"},
     {"Descargar el informe (PDF, 1,2 MB)", "Descarga el resumen", "Informe completo (PDF, 1,2 MB)"}},
};

} // namespace

TEST_CASE("a button to download a file under the date line heads no text", "[region][region63]") {
    for (const auto& r : report_pages)
        for (const auto& button : r.buttons) {
            INFO(r.lang << ": " << button);
            std::vector<std::string> lines = r.lines;
            lines[7] = button;
            const Article a = classify_lines(lines, r.lang);
            REQUIRE_FALSE(a.sections.empty());
            CHECK_FALSE(a.sections[0].heading.has_value());
            CHECK_FALSE(in_text(a, button));
            CHECK(has_paragraph_starting(a, lines[10].substr(0, 12)));
        }
}

TEST_CASE("a button to download a file is told from a heading that names a download", "[region][region63]") {
    for (const char* line : {"Download the full report (PDF, 1.2 MB)", "Full report (PDF, 1.2 MB)",
                             "Bericht herunterladen", "Pressefoto Anna Keller (JPG, 2,1 MB)", "Télécharger la synthèse",
                             "Rapport complet (PDF, 1,2 Mo)", "Descargar el informe", "Informe anual (PDF, 800 KB)"}) {
        INFO(line);
        CHECK(download_button(test::block_of(line)));
    }
    // The verb as a noun, a heading of the text; a bracket that names no file.
    for (const char* line : {"Download speeds in the valley", "Why the downloads fell", "Descargas en el valle",
                             "Die Zahl der Downloads steigt", "The new pier (photos)", "Le rapport (suite)"}) {
        INFO(line);
        CHECK_FALSE(download_button(test::block_of(line)));
    }
}

namespace {

// The author's box under a review: her name alone, her job, a short bio opening with her first name (or her name).
struct AuthorBox {
    const char* lang;
    std::vector<std::string> box;
    const char* full_bio; // the bio opening with her full name
};

const AuthorBox author_boxes[] = {
    {"en",
     {"Nora Fitch", "Senior home editor",
      "Nora has tested kettles, toasters and coffee machines for Harbour Gear since 2019."},
     "Nora Fitch has tested kettles, toasters and coffee machines for Harbour Gear since 2019."},
    {"de",
     {"Anna Keller", "Redakteurin Haushalt",
      "Anna testet seit 2019 Wasserkocher, Toaster und Kaffeemaschinen für Hafenblatt Technik."},
     "Anna Keller testet seit 2019 Wasserkocher, Toaster und Kaffeemaschinen für Hafenblatt Technik."},
    {"fr",
     {"Claire Roux", "Journaliste maison",
      "Claire teste depuis 2019 les bouilloires, les grille-pain et les cafetières pour Port Conso."},
     "Claire Roux teste depuis 2019 les bouilloires, les grille-pain et les cafetières pour Port Conso."},
    {"es",
     {"Lucía Ortega", "Redactora de hogar",
      "Lucía prueba desde 2019 hervidores, tostadoras y cafeteras para Puerto Hogar en su cocina."},
     "Lucía Ortega prueba desde 2019 hervidores, tostadoras y cafeteras para Puerto Hogar en su cocina."},
};

} // namespace

TEST_CASE("an author's box of a name, a job and a bio under the text leaves it", "[region][author][region63]") {
    for (std::size_t i = 0; i < std::size(review_pages); ++i) {
        const ReviewPage& r = review_pages[i];
        const AuthorBox& box = author_boxes[i];
        for (const bool full : {false, true}) {
            INFO(r.lang << (full ? " full name" : " first name"));
            std::vector<std::string> tail = box.box;
            if (full)
                tail[2] = box.full_bio;
            const Article a = classify_review(r, tail);
            CHECK(has_paragraph_starting(a, r.parts[5].substr(0, 20)));
            CHECK_FALSE(in_text(a, tail[2]));
            CHECK_FALSE(in_text(a, tail[1]));
            CHECK_FALSE(in_text(a, tail[0]));
            CHECK(in_boilerplate(a, tail[1]));
        }
    }
}

TEST_CASE("a name, a line and a paragraph opening with the first name stay the text's unless the box's shape holds",
          "[region][author][region63]") {
    const ReviewPage& r = review_pages[0];
    // The name printed nowhere else on the page: a first name alone does not tie the paragraph to it.
    ReviewPage anonymous = r;
    anonymous.head[6] = "By the Harbour Gear team";
    anonymous.head[10] = "(Image credit: Harbour Gear)";
    Article a = classify_review(anonymous, author_boxes[0].box);
    CHECK(in_text(a, author_boxes[0].box[2]));
    // The line between is no job: a place's name over a paragraph of the text.
    const std::vector<std::string> place = {
        "Nora Fitch", "Harbour Road",
        "Nora keeps the kettle on the stove, where it boils as fast as on its own base, and never rattles."};
    a = classify_review(r, place);
    CHECK(in_text(a, place[2]));
}

namespace {

// A press release closed by the box presenting the body that issued it, named without a legal form, and the
// contact of its press office.
struct ReleasePage {
    const char* lang;
    std::vector<std::string> lines;
    const char* title; // the box's title
    const char* box;   // its paragraph
    const char* last;  // the opening of the release's last paragraph
};

const ReleasePage release_pages[] = {
    {"de",
     {"Stadtwerke Kelby", "Privatkunden", "Presse", "Pressemitteilung", "Stadtwerke Kelby senken den Wasserpreis",
      "Rund 9.000 Haushalte zahlen im kommenden Jahr weniger für ihr Trinkwasser.",
      "Kelby, 3. März 2026 – Die Stadtwerke Kelby senken den Preis für Trinkwasser zum 1. Juli um sechs Prozent.",
      "Grund sind die niedrigeren Kosten für den Strom der Pumpen, seit das neue Solardach am Wasserwerk läuft.",
      "Die Senkung gilt automatisch, die Abschläge werden mit der nächsten Rechnung angepasst und mitgeteilt.",
      "Der Bürgermeister begrüßte die Entscheidung und sprach von einem guten Tag für die Familien der Stadt.",
      "Über die Stadtwerke Kelby",
      "Die Stadtwerke Kelby versorgen rund 20.000 Menschen mit Strom und Wasser und beschäftigen 140 Menschen.",
      "Pressekontakt", "Max Roe", "Telefon: 01234 5678", "Impressum"},
     "Über die Stadtwerke Kelby",
     "Die Stadtwerke Kelby versorgen",
     "Der Bürgermeister begrüßte"},
    {"en",
     {"Kelby Harbour Trust", "About", "News", "Press release", "Harbour Trust opens a second ferry pier",
      "The new pier doubles the number of crossings to the islands in the summer.",
      "The Kelby Harbour Trust opened its second ferry pier on Tuesday, ahead of the busiest season of the year.",
      "The pier was built in eighteen months and paid for by the trust's own reserves and a grant from the county.",
      "Ferries to the islands will leave every half hour from June, twice as often as they did last summer.",
      "The harbour master said the old pier would stay open for the fishing fleet and for the lifeboat crew.",
      "About the Kelby Harbour Trust",
      "The Kelby Harbour Trust is a charity that has run the harbour, its piers and its ferries since 1962.",
      "Media contact", "Tom Hale", "press@harbourtrust.example", "Privacy"},
     "About the Kelby Harbour Trust",
     "The Kelby Harbour Trust is a charity",
     "The harbour master said"},
    {"fr",
     {"Port de Kerlan", "Qui sommes-nous", "Presse", "Communiqué", "Le port de Kerlan ouvre un second quai",
      "Le nouveau quai double le nombre de traversées vers les îles pendant l'été.",
      "Le port de Kerlan a ouvert mardi son second quai pour les bacs, avant la saison la plus chargée de l'année.",
      "Le quai a été construit en dix-huit mois et payé par les réserves du port et une aide du département.",
      "Les bacs partiront toutes les demi-heures dès juin, deux fois plus souvent que l'été dernier vers les îles.",
      "Le capitaine du port a indiqué que l'ancien quai resterait ouvert pour les pêcheurs et le canot de sauvetage.",
      "À propos du Port de Kerlan",
      "Le Port de Kerlan est un établissement public qui gère le port, ses quais et ses bacs depuis 1962.",
      "Contact presse", "Paul Roux", "presse@portdekerlan.example", "Mentions légales"},
     "À propos du Port de Kerlan",
     "Le Port de Kerlan est un établissement",
     "Le capitaine du port"},
    {"es",
     {"Puerto de Kelby", "Quiénes somos", "Prensa", "Nota de prensa", "El Puerto de Kelby abre un segundo muelle",
      "El nuevo muelle duplica las travesías a las islas durante el verano.",
      "El Puerto de Kelby abrió el martes su segundo muelle para los ferris, antes de la temporada más concurrida.",
      "El muelle se construyó en dieciocho meses y se pagó con las reservas del puerto y una ayuda de la provincia.",
      "Los ferris saldrán cada media hora desde junio, el doble de veces que el verano pasado hacia las islas.",
      "El capitán del puerto dijo que el muelle antiguo seguirá abierto para la flota pesquera y el salvamento.",
      "Acerca del Puerto de Kelby",
      "El Puerto de Kelby es un organismo público que gestiona el puerto, sus muelles y sus ferris desde 1962.",
      "Contacto de prensa", "Ana Gil", "prensa@puertodekelby.example", "Aviso legal"},
     "Acerca del Puerto de Kelby",
     "El Puerto de Kelby es un organismo",
     "El capitán del puerto"},
};

} // namespace

TEST_CASE("the box presenting a release's body, named without a legal form over its press contact, ends the release",
          "[region][terminator][region63]") {
    for (const auto& r : release_pages) {
        INFO(r.lang);
        const Article a = classify_lines(r.lines, r.lang);
        CHECK(has_paragraph_starting(a, r.last));
        CHECK_FALSE(has_paragraph_starting(a, r.box));
        CHECK_FALSE(in_text(a, r.title));
    }
}

TEST_CASE("a heading on a subject that the paragraph under it names again stays the text's",
          "[region][terminator][region63]") {
    // "Über die Zukunft der Fähre": German capitalises the noun, the paragraph names it again, but no legal form and
    // no press contact follow: a heading of the text.
    std::vector<std::string> lines = release_pages[0].lines;
    lines[10] = "Über die Zukunft der Fähre";
    lines[11] = "Die Zukunft der Fähre hängt am Kredit, über den der Gemeinderat im Frühling abstimmen wird.";
    lines.erase(lines.begin() + 12, lines.begin() + 15);
    lines.insert(lines.begin() + 12, "Der Bürgermeister will bis dahin mit den Reedereien über neue Fahrpläne reden.");
    const Article a = classify_lines(lines, "de");
    CHECK(has_paragraph_starting(a, "Die Zukunft der Fähre hängt"));
    // The same box with its legal form in the paragraph ends the release without a contact under it.
    lines = release_pages[0].lines;
    lines[11] = "Die Stadtwerke Kelby GmbH versorgen rund 20.000 Menschen mit Strom und Wasser in der ganzen Stadt.";
    lines.erase(lines.begin() + 12, lines.begin() + 15);
    const Article b = classify_lines(lines, "de");
    CHECK(has_paragraph_starting(b, "Der Bürgermeister begrüßte"));
    CHECK_FALSE(has_paragraph_starting(b, "Die Stadtwerke Kelby GmbH"));
}
