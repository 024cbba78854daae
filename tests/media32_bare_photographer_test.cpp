// A photographer's bare name under the caption (probe41 M1): read when the byline is bare names ("Ana Ruiz" / "Pedro
// Gil", recorded only later) or a desk ("Redacción"), and when a share bar of long buttons ("Ir a los comentarios",
// "Vai ai commenti") stands between the date and the picture. Both lines went to the boilerplate, or the caption
// became a paragraph and the name a section heading. A date alone over a standfirst, no byline near it, still gives
// the short line under the standfirst no credit. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* caption;
    const char* credit;
};

// A bare-name byline over the date, a caption and its photographer's bare name.
const std::string es_bare_names = R"(El Diario del Valle
Vivienda
El Gobierno limitará los alquileres de temporada
El Consejo de Ministros estudiará el martes un decreto sobre los contratos de menos de un año
Lucía Prado
Martín Gil
Madrid - 24 nov 2026 - 16:05 CET
Edificios de viviendas en el barrio de Usera, en Madrid.
Javier Soto
El Gobierno llevará al Consejo de Ministros del próximo martes un decreto que limita los contratos de alquiler de temporada en las zonas tensionadas, según fuentes del Ministerio.
Los propietarios rechazan el texto y advierten de que reducirá todavía más la oferta de pisos en alquiler en las grandes ciudades.
Archivado En
)";

// Two bare names over a German date line, a long caption and its photographer.
const char* const de_bare_names = R"(Hafenblatt
Stadt
Die Inselfähre fällt im Dezember oft aus
Wegen Arbeiten am Ostkai fahren bis Weihnachten täglich vier Fähren weniger
Lena Sommer
Paul Meier
24.11.2026, 16:05 Uhr
Arbeiter am Ostkai bei Ebbe am Montagmorgen, kurz vor Schichtbeginn.
Jonas Weber
Die Reederei hat am Montag den Fahrplan für den Dezember bekannt gegeben. Grund sind Arbeiten am Ostkai, die nicht verschoben werden könnten.
Die Gemeinde zeigte wenig Verständnis und verlangt einen Ersatzbus für die Pendler.
Impressum
)";

// The same under "Por" and a share bar of long buttons between the date and the picture.
std::string es_share_bar() {
    return test::replaced(
    test::replaced(es_bare_names, "Lucía Prado\nMartín Gil\n", "Por Lucía Prado\n"), "CET\n",
    "CET\nCompartir en Whatsapp\nCompartir en Facebook\nCompartir en Twitter\nCopiar enlace\nIr a los comentarios\n");
}

void check_rows(const Row* rows, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k) {
        const Row& r = rows[k];
        INFO(r.lang << ": " << r.credit);
        const Article a = parse(r.page);
        const auto m =
            std::find_if(a.media.begin(), a.media.end(), [&](const Media& x) { return x.caption == r.caption; });
        REQUIRE(m != a.media.end());
        CHECK(m->credit == std::optional<std::string>(r.credit));
        CHECK_FALSE(test::in_text(a, r.caption));
        CHECK_FALSE(test::in_text(a, r.credit));
    }
}

} // namespace

TEST_CASE("a photographer's bare name under a caption under a bare-name or desk byline is its credit",
          "[media][credit][media32]") {
    const std::string share = es_share_bar();
    const Row rows[] = {
        {"es", es_bare_names.c_str(), "Edificios de viviendas en el barrio de Usera, en Madrid.", "Javier Soto"},
        {"es", R"(El Diario del Valle
Barcelona
El Ayuntamiento limita las visitas al parque
Las visitas guiadas no podrán superar las quince personas a partir de marzo
Redacción
Barcelona
24/11/2026 16:05
Turistas en la entrada principal del parque, en una imagen de archivo.
Marta Vidal
El Ayuntamiento de Barcelona limitará a partir de marzo el tamaño de los grupos de visitas guiadas en el parque, según anunció este martes la concejala de Turismo.
La medida busca reducir la saturación en las horas punta y mejorar la convivencia con los vecinos del barrio.
Lee también
)",
         "Turistas en la entrada principal del parque, en una imagen de archivo.", "Marta Vidal"},
        {"it", R"(Il Foglio di Valle
Cronaca
Il Comune vieta i monopattini nel centro storico
Le società avranno tre mesi per ritirare i mezzi dalle strade della città
Anna Riva
Paolo Conti
24 novembre 2026
Vai ai commenti
Monopattini parcheggiati in piazza del Duomo, davanti alla cattedrale.
Luca Bassi
Il Comune vieterà i monopattini elettrici in sharing nel centro storico a partire da marzo, ha annunciato martedì il sindaco in consiglio comunale.
La multa per chi lascia un monopattino nella zona vietata sarà di cinquanta euro, secondo il regolamento approvato.
Leggi anche
)",
         "Monopattini parcheggiati in piazza del Duomo, davanti alla cattedrale.", "Luca Bassi"},
        {"es", share.c_str(), "Edificios de viviendas en el barrio de Usera, en Madrid.", "Javier Soto"},
        {"de", de_bare_names, "Arbeiter am Ostkai bei Ebbe am Montagmorgen, kurz vor Schichtbeginn.", "Jonas Weber"},
    };
    check_rows(rows, std::size(rows));
}

TEST_CASE("a photographer's name with the outlet or agency in a parenthesis under a caption is its credit",
          "[media][credit][media32]") {
    const std::string es = R"(El Diario del Valle
Vivienda
El Gobierno limitará los alquileres de temporada
Por Lucía Prado
24/11/2026 16:05
Edificios de viviendas en el barrio de Usera, en Madrid.
CREDIT
El Gobierno llevará al Consejo de Ministros del próximo martes un decreto que limita los contratos de alquiler de temporada en las zonas tensionadas, según fuentes del Ministerio.
Los propietarios rechazan el texto y advierten de que reducirá todavía más la oferta de pisos en alquiler en las grandes ciudades.
)";
    const std::string it = R"(Il Foglio di Valle
Cronaca
Il Comune vieta i monopattini nel centro storico
Di Anna Riva
24 novembre 2026
Monopattini parcheggiati in piazza del Duomo, davanti alla cattedrale.
CREDIT
Il Comune vieterà i monopattini elettrici in sharing nel centro storico a partire da marzo, ha annunciato martedì il sindaco in consiglio comunale.
La multa per chi lascia un monopattino nella zona vietata sarà di cinquanta euro, secondo il regolamento approvato.
)";
    const std::string en = R"(The Harbour Times
City
Council approves the new cycle lanes plan
By Jane Roe
24 November 2026
A cycle lane being built on Marine Parade on Monday morning.
CREDIT
The city council approved on Tuesday the plan for new cycle lanes, which will cost twelve million pounds over five years.
The opposition voted against it and asked for more parking in the old town centre.
)";
    const Row rows[] = {
        {"es", nullptr, "Edificios de viviendas en el barrio de Usera, en Madrid.", "Javier Soto (EL DIARIO)"},
        {"it", nullptr, "Monopattini parcheggiati in piazza del Duomo, davanti alla cattedrale.",
         "Luca Bassi (Imagoeconomica)"},
        {"en", nullptr, "A cycle lane being built on Marine Parade on Monday morning.", "John Doe (Harbour Press)"},
    };
    for (const Row& r : rows) {
        const std::string& page = std::string(r.lang) == "es" ? es : std::string(r.lang) == "it" ? it : en;
        const std::string text = test::replaced(page, "CREDIT", r.credit);
        const Row row{r.lang, text.c_str(), r.caption, r.credit};
        check_rows(&row, 1);
    }
    // (A name and a word in small letters in the parenthesis, "Jane Roe (mayor)", is no credit.)
    const Article a = parse(test::replaced(en, "CREDIT", "Jane Roe (mayor)"));
    CHECK(a.media.empty());
}

TEST_CASE("a short sentence under a date with bare names over it stays a title's candidate",
          "[media][credit][media32]") {
    // (No author is read yet when the pictures are: a short sentence under the date may be the page's title.)
    const Article a = parse(test::replaced(de_bare_names,
                                           "Arbeiter am Ostkai bei Ebbe am Montagmorgen, kurz vor Schichtbeginn.",
                                           "Arbeiter am Ostkai bei Ebbe."));
    CHECK(a.headline == std::optional<std::string>("Die Inselfähre fällt im Dezember oft aus"));
}

TEST_CASE("a short line under a standfirst under a date with no byline near it is no photographer",
          "[media][credit][media32]") {
    const Article a = parse(R"(Harbour Buzz
Harbour Buzz
Posted on April 29, 2026
Posted on April 29, 2026
Make your shop window shine bright this spring!
Window Share
We don't have four seasons on the island, but that does not mean a shop cannot do its spring cleaning. Here are a few tips to get your window and your online pages shining again for the summer.
Start with the pictures: old photos of last year's stock tell customers that nothing has changed in the shop.
)");
    CHECK(std::none_of(a.media.begin(), a.media.end(),
                       [](const Media& m) { return m.credit == std::optional<std::string>("Window Share"); }));
}

TEST_CASE("reading aids of Italian and Spanish pages are boilerplate", "[boilerplate][media32]") {
    for (const char* line : {"Ascolta la versione audio dell'articolo", "3' di lettura", "4’ di lettura",
                             "Vai ai commenti", "Ir a los comentarios", "Escuchar la versión en audio"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    CHECK_FALSE(is_boilerplate_phrase("Ha letto la versione di lettura del testo per tre ore."));
}
