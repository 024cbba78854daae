// Caption layouts and players (probe56 M4, probe57 M3, M4, M5): a video block whose length stands alone on its line
// with the picture's credit under it; a menu's entry that opens with an agency's name inside a run of entries; a
// credit's label alone on its line between the date line and the credit printed over its caption; a caption opened
// by the kind of picture and a dashed credit closed by the same word; an agency's desk line over the date line.
// (media.cpp, media_players.cpp.) Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool in(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

bool has_caption(const Article& a, const std::string& caption) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == caption; });
}

bool has_credit(const Article& a, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.credit == credit; });
}

struct Page {
    const char* head; // menu, kicker, headline, standfirst, date lines
    const char* text; // the text's paragraphs
};

const Page it_page{"TgRiviera\nHome\nCronaca\nPolitica\nVideo\nMeteo\nCronaca\n"
                   "Genova, gru crolla sul cantiere del porto: due feriti\n"
                   "L'incidente al molo nuovo, i vigili del fuoco sul posto da stamattina\n05 Dic 2026 - 10:12\n",
                   "Una gru di cantiere è crollata questa mattina sul molo nuovo del porto di Genova, ferendo due "
                   "operai che lavoravano alla banchina.\n"
                   "Secondo i primi accertamenti, il braccio della gru avrebbe ceduto per il vento forte che soffiava "
                   "da nord dalla notte.\n"
                   "La procura ha aperto un fascicolo e il cantiere è stato posto sotto sequestro.\n"};
const Page es_page{"Diario del Sur\nInicio\nNacional\nInternacional\nVídeo\nDeportes\nSucesos\n"
                   "Se desploma una grúa en el puerto de Vigo y deja dos heridos\n"
                   "El accidente ocurrió en el muelle nuevo, donde trabajaban una docena de operarios\n"
                   "05 de diciembre de 2026, 10:12\n",
                   "Una grúa de obra se desplomó este viernes en el muelle nuevo del puerto de Vigo e hirió a dos "
                   "operarios que trabajaban en la explanada.\n"
                   "Según las primeras pesquisas, el brazo de la grúa cedió por el fuerte viento del norte que "
                   "soplaba desde la madrugada.\n"
                   "El juzgado ha abierto diligencias y la obra ha quedado precintada.\n"};
const Page en_page{"Harbour Daily\nHome\nNews\nWorld\nVideo\nSport\nLocal\n"
                   "Crane collapses at the harbour building site, two workers hurt\n"
                   "The accident happened on the new quay, where a dozen workers were on shift\n"
                   "5 December 2026, 10:12\n",
                   "A building crane collapsed on the new quay of the harbour on Friday morning, injuring two workers "
                   "who were on the site.\n"
                   "Early findings suggest the crane's arm gave way in the strong northerly wind that had blown since "
                   "the night.\n"
                   "Police have opened an inquiry and the site has been closed.\n"};

std::string page_with(const Page& pg, const std::string& block) {
    return std::string(pg.head) + block + pg.text + "Tag\nPiù letti\nCopyright 2026\n";
}

} // namespace

TEST_CASE("a video's title over its length alone on its line and the credit under it", "[media][media44]") {
    const struct {
        const Page* page;
        const char* share; // the share button between the date line and the player
        const char* word;
        const char* title;
        const char* credit;
    } rows[] = {
        {&it_page, "Condividi", "Video", "Genova, la gru crollata sul molo nuovo", "© Da video"},
        {&es_page, "Compartir", "Vídeo", "Así quedó la grúa desplomada en el muelle", "© Captura de vídeo"},
        {&en_page, "Share", "Video", "The fallen crane on the new quay", "© Screenshot"},
    };
    for (const auto& r : rows) {
        INFO(r.title);
        const std::string block =
            std::string(r.share) + "\n" + r.word + "\n" + r.title + "\n00:58\n" + r.credit + "\n";
        const Article a = parse(page_with(*r.page, block), "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == r.title);
        CHECK(a.media[0].credit == r.credit);
        CHECK(in(a.boilerplate, "00:58"));
        // No player's word over the title: no video block, the title is no caption.
        const Article b =
            parse(page_with(*r.page, std::string(r.share) + "\n" + r.title + "\nLeggi anche\n"), "page.txt");
        CHECK_FALSE(has_caption(b, r.title));
    }
}

TEST_CASE("a menu's entry opening with an agency's name inside a run of entries is no credit", "[media][media44]") {
    const struct {
        const char* menu;
        const char* entry;
    } rows[] = {
        {"Agencia Noticias\nÚltima hora\nEspaña\nMundo\nCiencia\nEFE Verde\nEFE Salud\nBuscar\n", "EFE Verde"},
        {"Wire Service\nLatest\nWorld\nBusiness\nScience\nReuters Wire\nPodcasts\nSearch\n", "Reuters Wire"},
    };
    for (const auto& r : rows) {
        INFO(r.entry);
        const Article a = parse(std::string(r.menu) + es_page.head + es_page.text, "page.txt");
        CHECK_FALSE(has_credit(a, r.entry));
        CHECK(in(a.boilerplate, r.entry));
    }
}

TEST_CASE("a broadcaster's labelled credit between short lines stays its caption's credit", "[media][media44]") {
    // "Image source, Getty Images" stands between the byline's short lines and the caption's label: the comma keeps
    // it out of the menu's entries.
    const Article a = parse("Home\nNews\nBusiness\nHarbour ferry strike ends after three weeks of talks\n2 hours ago\n"
                            "Share\nSave\n"
                            "Tom Hale\nBusiness reporter\nImage source, Getty Images\nImage caption,\n"
                            "Ferry workers gathered outside the port offices last month\n"
                            "Ferry workers at the harbour have voted to end a three-week strike after accepting a new "
                            "pay offer from the operator.\nThe deal gives staff a rise of 6% this year, the union "
                            "said.\n",
                            "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].credit == "Image source, Getty Images");
    CHECK_FALSE(in(a.boilerplate, "Image source, Getty Images"));
}

TEST_CASE("a credit's label alone between the date line and a credit printed over its caption", "[media][media44]") {
    const struct {
        const Page* page;
        const char* label;
        const char* credit;
        const char* caption;
    } rows[] = {
        {&es_page, "Foto:", "Mauricio Moreno / DIARIO DEL SUR", "La grúa caída sobre el muelle nuevo del puerto."},
        {&en_page, "Photo:", "Sam Hollis / HARBOUR DAILY", "The fallen crane on the new quay of the harbour."},
        {&it_page, "Foto:", "Marco Bianchi / TGRIVIERA", "La gru caduta sul molo nuovo del porto."},
    };
    for (const auto& r : rows) {
        INFO(r.credit);
        const std::string block = std::string(r.label) + "\n" + r.credit + "\n" + r.caption + "\n";
        const Article a = parse(page_with(*r.page, block), "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == r.caption);
        CHECK(a.media[0].credit == r.credit);
        CHECK(in(a.boilerplate, r.label));
        // A line that is no credit's label there ("Compartir:") says nothing of the line under it.
        const Article b = parse(page_with(*r.page, "Compartir:\n" + std::string(r.credit) + "\n" + r.caption + "\n"),
                                "page.txt");
        CHECK_FALSE(has_caption(b, r.caption));
    }
}

TEST_CASE("a caption opened by the picture's kind over a dashed credit closed by the same word", "[media][media44]") {
    const struct {
        const Page* page;
        const char* caption;
        const char* credit;
        const char* other_word; // a credit closed by another word
    } rows[] = {
        {&es_page, "Archivo - Vista del puerto de Vigo desde el muelle nuevo", "- AUTORIDAD PORTUARIA DE VIGO - Archivo",
         "- AUTORIDAD PORTUARIA DE VIGO - Foto"},
        {&it_page, "Archivio - Il molo nuovo del porto di Genova visto dalla diga",
         "- AUTORITÀ PORTUALE DI GENOVA - Archivio", "- AUTORITÀ PORTUALE DI GENOVA - Foto"},
    };
    for (const auto& r : rows) {
        INFO(r.caption);
        const Article a =
            parse(page_with(*r.page, std::string(r.caption) + "\n" + r.credit + "\n"), "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == r.caption);
        CHECK(a.media[0].credit == std::string(r.credit).substr(2));
        const Article b =
            parse(page_with(*r.page, std::string(r.caption) + "\n" + r.other_word + "\n"), "page.txt");
        CHECK_FALSE(has_caption(b, r.caption));
    }
}

TEST_CASE("an agency's name and its desk's place over the date line is no credit", "[media][media44]") {
    const struct {
        const char* page;
        const char* desk;
    } rows[] = {
        {"Nacional\nSucesos\nDetenido un hombre en Alcorcón por agredir a dos agentes de la Policía Local\n"
         "Europa Press Madrid\nPublicado: viernes, 5 diciembre 2026 11:24\n"
         "Agentes de la Policía Local han detenido este jueves a un hombre de 41 años acusado de agredir a dos "
         "agentes durante una discusión en la calle.\nLos hechos ocurrieron sobre las 20.30 horas en la avenida "
         "de Lisboa, según ha explicado el concejal.\n",
         "Europa Press Madrid"},
        {"World\nEurope\nPolice arrest a man after two officers are attacked in a town centre\n"
         "Reuters London\nPublished: Friday, 5 December 2026 11:24\n"
         "Police have arrested a 41-year-old man accused of attacking two officers during a row in the street on "
         "Thursday evening.\nThe attack happened at about 8.30pm on the high street, the town council said.\n",
         "Reuters London"},
    };
    for (const auto& r : rows) {
        INFO(r.desk);
        const Article a = parse(r.page, "page.txt");
        CHECK_FALSE(has_credit(a, r.desk));
    }
}
