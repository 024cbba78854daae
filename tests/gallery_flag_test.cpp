// A gallery's flag opening a title ("Bilder: …", "Fotos: …", "En images : …", "In foto: …"): the flag's word is a
// credit's prefix too ("Fotos: Jan Feld"), but a title after it credits no one (gallery_flag_title() of credits.cpp);
// the flag is the headline's kicker when no label stands above it (gallery_flag() of headline.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "headline.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a gallery's flag before a title is no credit's prefix", "[credit][gallery]") {
    for (const char* line : {"Bilder: Sturmflut trifft die Nordseeküste mit voller Wucht",
                             "Fotos: Sturmflut trifft die Nordseeküste mit voller Wucht",
                             "Fotos: el temporal azota la costa gallega con olas de ocho metros",
                             "FOTOS: así celebró el barrio su fiesta mayor",
                             "Photos: storm batters the west coast of Wales",
                             "Imagens: as chuvas deixam bairros inteiros debaixo de água"}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(line));
    }
    // Names, an agency, a photo service or a short line after the word still credit the pictures.
    for (const char* line : {"Fotos: Jan Feld", "Bilder: picture alliance / dpa", "Fotos: Jan Feld und Anke Rose",
                             "Fotos: Reuters", "Photos: Getty Images", "Fotos: EFE / Xoán Rey",
                             "Bilder: Keystone, zVg"}) {
        CAPTURE(line);
        CHECK(is_credit_line(line));
    }
}

TEST_CASE("a gallery's flag before a title's colon, as printed", "[headline][gallery]") {
    CHECK(gallery_flag("Bilder: Sturmflut trifft die Nordseeküste") == "Bilder");
    CHECK(gallery_flag("En images : la tempête frappe la côte bretonne") == "En images");
    CHECK(gallery_flag("FOTOS: el temporal azota Galicia") == "FOTOS");
    CHECK(gallery_flag("In foto: la mareggiata flagella la costa") == "In foto");
    CHECK(gallery_flag("In pictures: Storm batters the coast") == "In pictures");
    // Another label, no title after the flag, or no colon: none.
    CHECK(gallery_flag("Analyse: Sturmflut trifft die Nordseeküste").empty());
    CHECK(gallery_flag("Bilder: Jan Feld").empty());
    CHECK(gallery_flag("Bilder der Woche aus Hamburg und Kiel").empty());
    CHECK(gallery_flag("Sturmflut trifft die Küste: Bilder aus Husum").empty());
}

TEST_CASE("a gallery's title opening with its flag is the headline, the flag its kicker", "[headline][gallery]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {"de", R"(Startseite
Panorama
Bilder: Sturmflut trifft die Nordseeküste mit voller Wucht
Meterhohe Wellen, überflutete Promenaden und gesperrte Fähren: Eindrücke aus Husum, Büsum und von den Inseln.
Von Lena Hartmann
3. Dezember 2026, 10:12 Uhr
1 / 8
Wellen schlagen über die Mole in Büsum.
Foto: Jan Feld
2 / 8
Die Promenade in Husum steht unter Wasser.
Foto: Jan Feld
Impressum
)",
         "Bilder", "Bilder: Sturmflut trifft die Nordseeküste mit voller Wucht"},
        {"es", R"(Portada
Galicia
Fotos: el temporal azota la costa gallega con olas de ocho metros
Paseos inundados, árboles caídos y puertos cerrados: las imágenes de la noche en A Coruña y Vigo.
Por Iria Castro
3 dic 2026
1 / 8
Las olas rompen contra el paseo marítimo de A Coruña.
Foto: Xoán Rey
2 / 8
Un árbol caído sobre un coche en Vigo.
Foto: Xoán Rey
Aviso legal
)",
         "Fotos", "Fotos: el temporal azota la costa gallega con olas de ocho metros"},
        {"fr", R"(Accueil
Régions
En images : la tempête frappe la côte bretonne
Vagues géantes, toitures arrachées et routes coupées : les photos de la nuit dans le Finistère.
Par Élodie Le Gall
Publié le 3 décembre 2026 à 10h12
1 / 8
Les vagues frappent la digue de Douarnenez.
Photo : Yann Le Bris
Mentions légales
)",
         "En images", "En images : la tempête frappe la côte bretonne"},
        {"it", R"(Home
Cronaca
In foto: la mareggiata flagella la costa ligure
Onde alte sei metri, stabilimenti distrutti e strade chiuse: le immagini della notte a Genova e Savona.
di Paolo Risso
3 dicembre 2026
1 / 8
Le onde superano il molo di Boccadasse.
Foto: Luca Berti
Note legali
)",
         "In foto", "In foto: la mareggiata flagella la costa ligure"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = parse(r.page, "page.txt");
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        REQUIRE(a.kicker);
        CHECK(*a.kicker == r.kicker);
        for (const Media& m : a.media)
            CHECK(m.credit != std::optional<std::string>(r.headline));
    }
}

TEST_CASE("a gallery under a short text, each picture its counter, caption and credit, with no label over it",
          "[media][gallery]") {
    // (A page, its count of pictures and the first one's caption and credit.)
    struct Row {
        const char* page;
        std::size_t pictures;
        const char* first_caption;
        const char* first_credit;
    };
    const Row rows[] = {
        {R"(Startseite
Fotos: Sturmflut trifft die Nordseeküste mit voller Wucht
Meterhohe Wellen, überflutete Promenaden und gesperrte Fähren: Eindrücke aus Husum, Büsum und von den Inseln.
Von Lena Hartmann
1 / 8
Gischt über dem Leuchtturm von Westerhever am frühen Morgen.
Foto: Jan Feld
2 / 8
Ein Traktor zieht ein Boot aus dem überfluteten Hafenbecken.
Foto: Jan Feld
3 / 8
Schafe stehen dicht gedrängt auf der Warft.
Foto: Anke Rose
Impressum
)",
         3, "Gischt über dem Leuchtturm von Westerhever am frühen Morgen.", "Foto: Jan Feld"},
        {R"(Home
In pictures: Storm Ciaran batters the Cornish coast

Giant waves, flooded promenades and cancelled ferries: scenes from Penzance, Newquay and the Scilly Isles.

By Tom Penrose

1/12

Waves crash over the harbour wall in Penzance.

Image: Jan Feld

2/12

Volunteers stack sandbags outside the harbour office.

Image: Anne Rose

Terms
)",
         2, "Waves crash over the harbour wall in Penzance.", "Image: Jan Feld"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.first_caption);
        const Article a = parse(r.page, "page.txt");
        REQUIRE(a.media.size() == r.pictures);
        CHECK(a.media.front().caption == std::optional<std::string>(r.first_caption));
        CHECK(a.media.front().credit == std::optional<std::string>(r.first_credit));
    }
    // Counters over captions that no credit closes: no pictures known by them.
    const Article bare = parse(R"(Startseite
Sturmflut trifft die Nordseeküste mit voller Wucht
Meterhohe Wellen, überflutete Promenaden und gesperrte Fähren: Eindrücke aus Husum, Büsum und von den Inseln.
1 / 8
Die Fähre nach Pellworm liegt fest vertäut am Anleger.
2 / 8
Am Deich von Dagebüll räumen Helfer angeschwemmtes Holz.
Impressum
)",
                               "page.txt");
    CHECK(bare.media.empty());
}
