// The article's text under a box of related links kept in the body (invented pages). A box of one related title
// ("Leggi anche / <title>") over one paragraph closing the article took the paragraph for the title's summary: a
// paragraph that tells more of the story over the box, and not of the title, is the text's (story_goes_on(),
// region_past_boxes.cpp), printed glued or apart. A gallery's counter and a caption glued to its credit between two
// paragraphs end nothing (already so). A sentence of few stopwords over a picture whose caption stands over its
// credit ("<caption>" / "Fot. PAP/Jan Nowak") cut the text under the picture off the region and was dropped itself:
// the picture weighs as short lines (weigh_pictures_amid_text(), region_pictures.cpp), the sentence as one between
// two paragraphs (text_between_paragraphs(), region.cpp), and the section loop keeps it (kept_as_text(),
// sections.cpp).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "region_pictures.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

// A page printed without blank lines: the masthead and menu, the head (kicker, headline, standfirst, byline, date,
// share button), the article's paragraphs, `middle`, then the share buttons and the footer.
struct GluedPage {
    const char* lang;
    std::vector<std::string> head, before, footer;
};

std::string glued_page(const GluedPage& page, const std::vector<std::string>& middle) {
    std::vector<std::string> lines = page.head;
    lines.insert(lines.end(), page.before.begin(), page.before.end());
    lines.insert(lines.end(), middle.begin(), middle.end());
    lines.insert(lines.end(), page.footer.begin(), page.footer.end());
    return page_of(lines);
}

const GluedPage it_page = {
    "it",
    {"Il Corriere del Lario", "Home", "Cronaca", "Sport", "Abbonati", "CRONACA",
     "Como, la funicolare per Brunate chiude tre mesi per lavori",
     "La società di gestione rinnova i cavi e le cabine: bus sostitutivi ogni venti minuti",
     "di Giulia Bernasconi", "7 dicembre 2026", "Condividi"},
    {"La funicolare che collega Como a Brunate resterà chiusa dal 12 gennaio al 10 aprile per il rinnovo completo "
     "dei cavi di trazione e delle due cabine, costruite negli anni Cinquanta.",
     "Durante la chiusura un servizio di bus sostitutivi partirà ogni venti minuti da piazza De Gasperi, con "
     "l'ultima corsa fissata alle 23.30 nei giorni feriali."},
    {"Condividi", "Facebook", "WhatsApp", "Il Corriere del Lario", "Chi siamo", "Privacy",
     "© 2026 Editoriale Lariana S.r.l."}};

const GluedPage fr_page = {
    "fr",
    {"Le Courrier du Jura", "Accueil", "Région", "Sport", "S'abonner", "RÉGION",
     "Delémont: la piscine couverte rouvre après deux ans de travaux",
     "La rénovation a coûté 12 millions de francs. Les tarifs augmentent légèrement.",
     "Par Camille Froidevaux", "7 décembre 2026 à 08h30", "Partager"},
    {"La piscine couverte de Delémont a rouvert ses portes samedi après deux ans de travaux. Plus de 600 baigneurs "
     "sont venus dès le premier jour.",
     "La Ville a refait le bassin, remplacé toute la technique de la piscine et ajouté un espace de bien-être avec "
     "un sauna."},
    {"Partager", "Facebook", "WhatsApp", "Le Courrier du Jura", "Mentions légales",
     "© 2026 Éditions Jurassiennes SA"}};

const GluedPage de_page = {
    "de",
    {"Allgäuer Tagblatt", "Startseite", "Lokales", "Sport", "Abo", "LOKALES",
     "Kempten: Das Hallenbad öffnet nach zwei Jahren wieder",
     "Die Sanierung hat 14 Millionen Euro gekostet. Der Eintritt wird teurer.", "Von Markus Wendler",
     "7. Dezember 2026, 08:30 Uhr", "Teilen"},
    {"Das Kemptener Hallenbad ist nach zweijähriger Sanierung am Samstag wieder für Besucher geöffnet worden. Schon "
     "am ersten Tag kamen mehr als 800 Gäste.",
     "Die Stadt hat das Becken erneuert, die Technik ausgetauscht und eine neue Sauna gebaut. Die Kosten lagen am "
     "Ende bei 14 Millionen Euro."},
    {"Teilen", "Facebook", "WhatsApp", "Allgäuer Tagblatt", "Impressum", "© 2026 Allgäuer Verlag GmbH"}};

const GluedPage en_page = {
    "en",
    {"The Dunmore Herald", "News", "Sport", "Business", "Subscribe", "LOCAL NEWS",
     "Dunmore's leisure centre pool reopens after two-year refit",
     "The renovation cost £9m and entry prices are going up by a pound.", "By Hannah Okoro", "December 7, 2026",
     "Share"},
    {"The swimming pool at Dunmore leisure centre reopened on Saturday after a two-year refit. More than 700 "
     "swimmers came through the doors on the first day.",
     "The council replaced the main pool's lining, renewed all the plant room equipment and built a new sauna "
     "and steam room."},
    {"Share", "Facebook", "WhatsApp", "The Dunmore Herald", "Privacy policy", "© 2026 Dunmore Media Ltd"}};

} // namespace

TEST_CASE("the paragraph closing the article under a related box of one title is the text's", "[region109]") {
    struct Row {
        const GluedPage* page;
        std::string label, title, paragraph;
    };
    const std::vector<Row> rows = {
        {&it_page, "Leggi anche", "Como, il lungolago chiuso alle auto per il mercatino di Natale",
         "Secondo l'azienda, i lavori sulla funicolare sono necessari per rispettare le nuove norme di sicurezza "
         "sugli impianti a fune e per ridurre i consumi delle cabine."},
        {&fr_page, "À lire aussi", "Porrentruy: la patinoire ouvre ce week-end",
         "Le prix d'entrée de la piscine passe de 6 à 7 francs pour les adultes, tandis que les enfants paieront 3 "
         "francs. La Ville invoque la hausse du prix de l'énergie."},
        {&de_page, "Lesen Sie auch", "Kempten: Neue Eisbahn im Stadtpark öffnet am Wochenende",
         "Der Eintritt ins Hallenbad steigt für Erwachsene von 4,50 auf 6 Euro. Die Stadt begründet das mit den "
         "höheren Kosten für Energie."},
        {&en_page, "Read more", "Kilbride ice rink opens in the market square this weekend",
         "Adult entry to the pool rises from £4.50 to £5.50, while children will pay £3. The council blamed the "
         "rising cost of energy for the increase."},
    };
    for (const auto& row : rows) {
        INFO(row.paragraph);
        const std::string glued = glued_page(*row.page, {row.label, row.title, row.paragraph});
        const Article a = classify(segment(glued), row.page->lang);
        CHECK(in_body(a, row.paragraph));
        CHECK(in_boilerplate(a, row.label));
        CHECK(in_boilerplate(a, row.title));
        CHECK_FALSE(is_heading(a, row.title));
        // The same page printed with a blank line under each line, the box's lines apart as the paragraphs are.
        std::string spaced;
        for (const char c : glued)
            spaced += c == '\n' ? std::string("\n\n") : std::string(1, c);
        const Article b = classify(segment(spaced), row.page->lang);
        CHECK(in_body(b, row.paragraph));
        CHECK_FALSE(in_sections(b, row.title));
    }
}

TEST_CASE("a teaser's summary, more titles or a thread under a related box stay out of the body", "[region109]") {
    struct Row {
        const GluedPage* page;
        std::vector<std::string> box;
        std::string line; // a line of the box, never the text's
    };
    const std::vector<Row> rows = {
        // A card: its summary retells its title, not the article over it.
        {&it_page,
         {"Leggi anche", "Como, il lungolago chiuso alle auto per il mercatino di Natale",
          "Il lungolago di Como resterà chiuso alle auto per tutto il mese, mentre le bancarelle del mercatino di "
          "Natale occuperanno la passeggiata."},
         "Il lungolago di Como resterà chiuso alle auto per tutto il mese, mentre le bancarelle del mercatino di "
         "Natale occuperanno la passeggiata."},
        {&fr_page,
         {"À lire aussi", "Porrentruy: la patinoire ouvre ce week-end",
          "La patinoire de Porrentruy accueillera les patineurs dès samedi, avec des animations pour les enfants "
          "tout le week-end."},
         "La patinoire de Porrentruy accueillera les patineurs dès samedi, avec des animations pour les enfants "
         "tout le week-end."},
        // A newsletter's paragraph under the title.
        {&fr_page,
         {"À lire aussi", "Porrentruy: la patinoire ouvre ce week-end",
          "Abonnez-vous à notre lettre d'information pour recevoir chaque matin l'essentiel de l'actualité de la "
          "région."},
         "Abonnez-vous à notre lettre d'information pour recevoir chaque matin l'essentiel de l'actualité de la "
         "région."},
        // More titles, then the thread's count and a comment.
        {&de_page,
         {"Mehr zum Thema", "Kempten: Neue Eisbahn im Stadtpark öffnet am Wochenende",
          "Hallenbäder im Allgäu: Wo das Schwimmen teurer wird", "3 Kommentare",
          "Endlich wieder offen, aber sechs Euro Eintritt für das Hallenbad sind für Familien einfach zu viel "
          "Geld."},
         "Endlich wieder offen, aber sechs Euro Eintritt für das Hallenbad sind für Familien einfach zu viel Geld."},
    };
    for (const auto& row : rows) {
        INFO(row.line);
        const Article a = classify(segment(glued_page(*row.page, row.box)), row.page->lang);
        CHECK_FALSE(in_sections(a, row.line));
        CHECK(in_boilerplate(a, row.box[1]));
    }
}

namespace {

const GluedPage pt_page = {
    "pt",
    {"Jornal do Minho", "Início", "Região", "Desporto", "Assinar", "REGIÃO",
     "Braga: nova ponte pedonal sobre o rio Este abre ao público",
     "A estrutura, com 85 metros, liga o parque da cidade ao bairro de São Vicente", "Por Rita Gonçalves",
     "7 de dezembro de 2026, 09:40", "Partilhar"},
    {"A nova ponte pedonal sobre o rio Este foi inaugurada na sexta-feira à tarde, com a presença do presidente da "
     "câmara e de dezenas de moradores do bairro de São Vicente.",
     "A obra, que custou 2,3 milhões de euros, demorou catorze meses a construir e substitui uma passagem provisória "
     "instalada depois das cheias de 2019."},
    {"Partilhar", "Facebook", "WhatsApp", "Jornal do Minho", "Contactos", "© 2026 Minho Media, Lda."}};

} // namespace

TEST_CASE("a gallery's counter and a credited caption between the article's paragraphs end nothing", "[region109]") {
    struct Row {
        const GluedPage* page;
        std::string counter, caption, credit, last;
    };
    const std::vector<Row> rows = {
        {&pt_page, "Foto 2 de 6", "Moradores atravessam a ponte durante a inauguração, na sexta-feira.",
         "Foto: Ana Lopes/Lusa",
         "Segundo a autarquia, a ponte vai ser iluminada a partir de janeiro e terá câmaras de vigilância para "
         "garantir a segurança de quem a atravessa à noite."},
        {&it_page, "Foto 2 di 6", "La funicolare in salita verso Brunate, vista dal lungolago.",
         "Foto: Marco Ferrari/Ansa",
         "Secondo l'azienda, i lavori sono necessari per rispettare le nuove norme di sicurezza sugli impianti a "
         "fune e per ridurre i consumi di energia di circa un terzo."},
        {&de_page, "Bild 2 von 6", "Das neue Becken am Tag der Eröffnung.", "Foto: Lena Brandl/dpa",
         "Der Eintritt für Erwachsene steigt von 4,50 auf 6 Euro, Kinder zahlen künftig 3 Euro. Die Stadt begründet "
         "das mit den höheren Energiekosten."},
        {&en_page, "Photo 2 of 6", "Swimmers in the main pool on the first day.", "Photo: Sam Whitlock/PA",
         "Adult entry rises from £4.50 to £5.50, while children will pay £3. The council blamed the rising cost of "
         "energy for the increase."},
    };
    for (const auto& row : rows) {
        INFO(row.caption);
        const Article a = classify(
            segment(glued_page(*row.page, {row.counter, row.caption + " " + row.credit, row.last})), row.page->lang);
        CHECK(in_body(a, row.last));
        CHECK(has_media(a, row.caption, row.credit));
        CHECK_FALSE(in_sections(a, row.caption));
    }
}

namespace {

const GluedPage pl_page = {
    "pl",
    {"Kurier Lubelski Dziś", "Wiadomości", "Region", "Sport", "Zaloguj się", "REGION",
     "Lublin: nowy most pieszy nad Bystrzycą otwarty dla mieszkańców",
     "Kładka ma 90 metrów długości i łączy park Ludowy z osiedlem Wrotków.", "Jan Wiśniewski",
     "7 grudnia 2026, 10:20", "Udostępnij"},
    {"Nowa kładka dla pieszych i rowerzystów nad Bystrzycą została otwarta w piątek po południu. Na uroczystość "
     "przyszło kilkuset mieszkańców okolicznych osiedli."},
    {"Udostępnij", "Facebook", "Twitter", "Kurier Lubelski Dziś", "Regulamin", "© 2026 Media Lubelskie Sp. z o.o."}};

} // namespace

TEST_CASE("a sentence of few stopwords over a picture over the text is the text's", "[region109]") {
    struct Row {
        const GluedPage* page;
        std::string sentence, caption, credit, under;
    };
    const std::vector<Row> rows = {
        {&pl_page,
         "Budowa trwała czternaście miesięcy i kosztowała 18 milionów złotych, z czego połowę pokryły fundusze unijne.",
         "Mieszkańcy na nowej kładce podczas otwarcia w piątek", "Fot. PAP/Jan Nowak",
         "Według urzędu miasta kładka będzie oświetlona od stycznia, a wzdłuż niej staną kamery monitoringu, które "
         "mają poprawić bezpieczeństwo wieczorem."},
        {&en_page, "Harford Leisure's £9m refit added six lanes, two slides and 40 solar panels.",
         "Swimmers in the main pool on the first day", "Photo: Sam Whitlock/PA",
         "Adult entry rises from £4.50 to £5.50, while children will pay £3. The council blamed the rising cost of "
         "energy for the increase."},
    };
    for (const auto& row : rows) {
        INFO(row.sentence);
        const Article a = classify(segment(glued_page(*row.page, {row.sentence, row.caption, row.credit, row.under})),
                                   row.page->lang);
        CHECK(in_body(a, row.sentence));
        CHECK(in_body(a, row.under));
        CHECK(has_media(a, row.caption, row.credit));
    }
    // Near miss: under the picture no text but cards of other articles, a title over its summary cut short: the
    // sentence over the picture may be the first card's, and nothing under the picture is the text's.
    const Article cards = classify(
        segment(glued_page(pl_page, {"Budowa trwała czternaście miesięcy i kosztowała 18 milionów złotych, z czego "
                                     "połowę pokryły fundusze unijne.",
                                     "Mieszkańcy na nowej kładce podczas otwarcia w piątek", "Fot. PAP/Jan Nowak",
                                     "Zobacz także", "Lublin: nowe autobusy wyjadą na ulice w styczniu",
                                     "Miasto kupiło dwadzieścia autobusów elektrycznych, które..."})),
        "pl");
    CHECK_FALSE(in_sections(cards, "Lublin: nowe autobusy wyjadą na ulice w styczniu"));
    CHECK_FALSE(in_sections(cards, "Miasto kupiło dwadzieścia autobusów elektrycznych, które..."));
}

TEST_CASE("a label, a colon and a figure count three words but are no gallery's counter", "[region109]") {
    // (segment() counts the colon among the line's words, lower_words() does not: bare_slide_count() read a third
    // word that is not there, which the CI's assertions caught in a table of facts under a ferry's story)
    for (const char* line : {"Passagers : 320", "Posti : 120", "Plazas : 320", "Plätze : 320"}) {
        const std::vector<Block> blocks = segment(std::string(line) + "\n");
        REQUIRE(blocks.size() == 1);
        CHECK_FALSE(bare_slide_count(blocks[0]));
    }
    // (near misses: the counters themselves)
    for (const char* line : {"2 de 6", "3 di 12", "2 of 7"}) {
        const std::vector<Block> blocks = segment(std::string(line) + "\n");
        REQUIRE(blocks.size() == 1);
        CHECK(bare_slide_count(blocks[0]));
    }
}
