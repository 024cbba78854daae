// The section's label printed over the headline and in the site's menu above it: the kicker stands in a block of its
// own glued to the headline, the menu's copy among the other menu items; a menu ending right over the headline gives
// no kicker; a label right under the breadcrumb is one. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <cstddef>
#include <string>

namespace {

struct MenuPage {
    const char* menu;     // the site's menu, one item a line
    const char* over;     // what stands between the menu and the headline ("\n" for a blank line)
    const char* headline;
    const char* text;     // the article's paragraphs, a blank line between two
};

std::string page_of(const MenuPage& m) {
    return std::string(m.menu) + m.over + m.headline + "\n\n" + m.text + "\n";
}

// The article's text in each language, three paragraphs.
const char* const en_text =
    "The city has argued about the bridge for ten years, and the ferry would cost a tenth of it.\n\n"
    "A second boat could cross every half hour, and the old pier needs little work to take it.\n\n"
    "The council should vote for the ferry in March, before the summer timetable is printed.";
const char* const de_text =
    "Die Werft sucht seit dem Sommer Nachwuchs und hat nun zwanzig junge Leute unter Vertrag genommen.\n\n"
    "Die Lehrlinge lernen drei Jahre lang Schiffe zu bauen und zu reparieren, sagte der Chef der Werft.\n\n"
    "Die Stadt zahlt einen Teil der Ausbildung, weil ihr die Werft als Arbeitgeber wichtig ist.";
const char* const fr_text =
    "Le conseil a adopté mardi soir le budget du port après un long débat sur le prix des places.\n\n"
    "Les pêcheurs paieront un peu plus cette année, mais la digue sera enfin réparée avant l'hiver.\n\n"
    "Le maire a promis une réunion publique en avril pour présenter les travaux aux habitants.";
const char* const es_text =
    "Las dos guarderías tendrán sesenta plazas cada una y abrirán en septiembre, según el ayuntamiento.\n\n"
    "La primera estará junto al mercado y la segunda en la antigua escuela de la calle del Mar.\n\n"
    "El proyecto costará dos millones de euros, que pagarán a medias la ciudad y la región.";
const char* const it_text =
    "I lavori cominceranno in primavera e dureranno due anni, ha spiegato l'assessore all'ambiente.\n\n"
    "Gli alberi saranno piantati su entrambe le rive, dal ponte vecchio fino al mulino.\n\n"
    "Il progetto costerà mezzo milione di euro, pagato in parte dalla regione.";
const char* const pt_text =
    "As obras começam na primavera e vão durar dois anos, explicou o vereador do ambiente.\n\n"
    "As árvores vão ser plantadas nas duas margens, desde a ponte velha até ao moinho.\n\n"
    "O projeto custa meio milhão de euros, pago em parte pela região.";

// A page and the kicker it must give, its headline kept.
struct KickerRow {
    MenuPage page;
    const char* kicker;
};

template <std::size_t N>
void check_kickers(const KickerRow (&rows)[N]) {
    for (const KickerRow& r : rows) {
        INFO(r.page.over << r.page.headline);
        const archive::Article a = archive::parse(page_of(r.page), "x");
        CHECK(a.headline.value_or("") == r.page.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}

} // namespace

TEST_CASE("a section label printed in the menu above and again glued over the headline is its kicker",
          "[classify][kicker]") {
    const KickerRow rows[] = {
        {{"Home\nWorld\nPolitics\nOpinion\nSports\n", "\nOpinion\n",
          "The harbour needs a second ferry, not a wider bridge",
          en_text},
         "Opinion"},
        {{"Startseite\nPolitik\nWirtschaft\nKultur\nSport\n", "\nWirtschaft\n",
          "Die Werft am Hafen stellt zwanzig Lehrlinge ein",
          de_text},
         "Wirtschaft"},
        {{"Accueil\nPolitique\nÉconomie\nCulture\nSports\n", "\nPolitique\n",
          "Le conseil municipal vote le budget du port",
          fr_text},
         "Politique"},
        {{"Portada\nNacional\nEconomía\nSociedad\nDeportes\n", "\nSociedad\n",
          "El ayuntamiento abrirá dos guarderías nuevas en el barrio del puerto",
          es_text},
         "Sociedad"},
        {{"Home\nCronaca\nPolitica\nAmbiente\nSport\n", "\nAmbiente\n",
          "Il comune pianta mille alberi lungo il fiume",
          it_text},
         "Ambiente"},
        {{"Início\nPaís\nEconomia\nAmbiente\nDesporto\n", "\nAmbiente\n",
          "Câmara vai plantar mil árvores junto ao rio",
          pt_text},
         "Ambiente"},
    };
    check_kickers(rows);
}

TEST_CASE("a menu item right over the headline is no kicker", "[classify][kicker]") {
    const MenuPage pages[] = {
        // the menu ends right over the headline, no blank line between its last item and the title
        {"Home\nWorld\nPolitics\nOpinion\nSports\n", "\nHome\nOpinion\n",
         "The harbour needs a second ferry, not a wider bridge",
         en_text},
        {"Startseite\nPolitik\nWirtschaft\nKultur\n", "Wirtschaft\n", "Die Werft am Hafen stellt zwanzig Lehrlinge ein",
         de_text},
        // the label's copy above is no menu item: it stands alone among sentences
        {"Notre journal paraît chaque matin depuis cent ans.\nPolitique\nNous écrivons pour les gens du port.\n",
         "\nPolitique\n", "Le conseil municipal vote le budget du port",
         fr_text},
        // the page's first line, printed again over the title, is the site's name
        {"Hafenblatt\nPolitik\nWirtschaft\nKultur\n", "\nHafenblatt\n", "Die Werft am Hafen stellt zwanzig Lehrlinge ein",
         de_text},
    };
    for (const MenuPage& m : pages) {
        INFO(m.menu << m.over);
        const archive::Article a = archive::parse(page_of(m), "x");
        CHECK(a.headline.value_or("") == m.headline);
        CHECK_FALSE(a.kicker.has_value());
    }
}

TEST_CASE("a label right under the breadcrumb and over the headline is its kicker", "[classify][kicker]") {
    const KickerRow rows[] = {
        {{"Home\nWorld\nReviews\nSports\n", "\nHome › Reviews › Transport\nReview\n",
          "The harbour needs a second ferry, not a wider bridge", en_text},
         "Review"},
        {{"Startseite\nPolitik\nKultur\nSport\n", "\nStartseite › Tests › Werften\nTest\n",
          "Die Werft am Hafen stellt zwanzig Lehrlinge ein", de_text},
         "Test"},
        {{"Accueil\nPolitique\nCulture\nSports\n", "\nIdées › Tribunes\nTRIBUNE\n",
          "Le conseil municipal vote le budget du port", fr_text},
         "TRIBUNE"},
        {{"Portada\nNacional\nDeportes\n", "\nPortada > Opinión\nOPINIÓN\n",
          "El ayuntamiento abrirá dos guarderías nuevas en el barrio del puerto", es_text},
         "OPINIÓN"},
        {{"Home\nCronaca\nPolitica\nSport\n", "\nHome | Commenti\nL'analisi\n",
          "Il comune pianta mille alberi lungo il fiume", it_text},
         "L'analisi"},
    };
    check_kickers(rows);
}

TEST_CASE("a longer label in capitals glued over the headline is its kicker, figures and all", "[classify][kicker]") {
    const KickerRow rows[] = {
        {{"Home\nWorld\nSports\n", "\nHome > Sport > Rowing\nROWING - HARBOUR REGATTA (DAY 3)\n",
          "The harbour needs a second ferry, not a wider bridge", en_text},
         "ROWING - HARBOUR REGATTA (DAY 3)"},
        {{"Startseite\nPolitik\nSport\n", "\nStartseite › Sport › Segeln\nSEGELN – NORDSEEWOCHE 2026 (4. ETAPPE)\n",
          "Die Werft am Hafen stellt zwanzig Lehrlinge ein", de_text},
         "SEGELN – NORDSEEWOCHE 2026 (4. ETAPPE)"},
        {{"Accueil\nPolitique\nSports\n", "\nAccueil > Voile > Régates\nVOILE - COUPE DU PORT (3e MANCHE)\n",
          "Le conseil municipal vote le budget du port", fr_text},
         "VOILE - COUPE DU PORT (3e MANCHE)"},
        {{"Portada\nNacional\nDeportes\n", "\nCICLISMO / VUELTA AL VALLE 2026\n",
          "El ayuntamiento abrirá dos guarderías nuevas en el barrio del puerto", es_text},
         "CICLISMO / VUELTA AL VALLE 2026"},
    };
    check_kickers(rows);
}

TEST_CASE("a line in capitals over a headline in capitals or a blank line away is no kicker", "[classify][kicker]") {
    const MenuPage pages[] = {
        // the headline itself in capitals: a page that prints its lines so
        {"Home\nWorld\nSports\n", "\nROWING - HARBOUR REGATTA (DAY 3)\n", "THE HARBOUR NEEDS A SECOND FERRY NOW",
         en_text},
        // a blank line between the label and the headline
        {"Accueil\nPolitique\nSports\n", "\nVOILE - COUPE DU PORT (3e MANCHE)\n\n",
         "Le conseil municipal vote le budget du port", fr_text},
    };
    for (const MenuPage& m : pages) {
        INFO(m.over << m.headline);
        const archive::Article a = archive::parse(page_of(m), "x");
        CHECK(a.kicker.value_or("") != std::string(m.over).substr(1, std::string(m.over).find('\n', 1) - 1));
    }
}

TEST_CASE("two labels stacked over the headline give the nearer one as its kicker", "[classify][kicker][stacked]") {
    // The section and its subsection in a block of their own glued to the headline; the upper one stays with the
    // page's boilerplate.
    const KickerRow rows[] = {
        {{"Home\nWorld\nScience\nSports\n", "\nScience\nOceans\n",
          "The harbour needs a second ferry, not a wider bridge", en_text},
         "Oceans"},
        {{"Startseite\nPolitik\nWissen\nSport\n", "\nWissen\nUmwelt\n",
          "Die Werft am Hafen stellt zwanzig Lehrlinge ein", de_text},
         "Umwelt"},
        {{"Accueil\nPolitique\nSciences\nSports\n", "\nSciences\nEnvironnement\n",
          "Le conseil municipal vote le budget du port", fr_text},
         "Environnement"},
        {{"Portada\nNacional\nCiencia\nDeportes\n", "\nCiencia\nMedio ambiente\n",
          "El ayuntamiento abrirá dos guarderías nuevas en el barrio del puerto", es_text},
         "Medio ambiente"},
    };
    check_kickers(rows);
}

TEST_CASE("a name's line under a stacked label is no kicker", "[classify][kicker][stacked]") {
    // "Obituary" / "Jane Roe obituary": the title naming a person under its label, not a subsection.
    const MenuPage m{"Home\nWorld\nObituaries\nSports\n", "\nObituary\nJane Harbour obituary\n",
                     "Ferry captain who kept the island's boat running through forty winters", en_text};
    const archive::Article a = archive::parse(page_of(m), "x");
    CHECK(a.kicker.value_or("") != "Jane Harbour obituary");
}
