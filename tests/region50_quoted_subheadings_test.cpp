// A subheading printed in quotation marks ("« Un retard raisonnable »", "„Kein Grund zur Sorge“") between two
// paragraphs heads the text below, though the paragraph above opens on a quotation: a long paragraph that reports a
// quotation is the text, no line of dialogue (sections_headings.cpp quoted_heading()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string page, heading;
};

std::vector<Row> rows() {
    return {
        {"fr",
         "L'Écho de l'Ouest\nActualités\nSport\nLorient\nLe chantier du quai des Indes prendra trois mois de plus\n"
         "Par Anne Le Goff\nPublié le 5 décembre 2026 à 14h32\n"
         "Le chantier du quai des Indes devait durer un an. Il en faudra au moins quinze mois, après la découverte "
         "d'une ancienne cale de bois sous le remblai, au début du mois d'octobre.\n"
         "« Nous avons trouvé une cale du XVIIIe siècle, en très bon état, qui servait sans doute aux navires de la "
         "Compagnie », explique Paul Riou, archéologue chargé des fouilles. Celles-ci se sont achevées mardi.\n"
         "« Un délai acceptable »\n"
         "Le maire, Jean Kerbrat, se veut rassurant. « Trois mois sur un chantier de cette ampleur, c'est un délai "
         "acceptable », affirme-t-il, en promettant que le budget sera tenu.\n"
         "Les commerçants du quai, eux, s'inquiètent pour les fêtes de fin d'année et demandent des places de "
         "stationnement provisoires.\n"
         "Partager\nContact\nMentions légales\n",
         "« Un délai acceptable »"},
        {"de",
         "Der Nordkurier\nNachrichten\nSport\nKiel\nDie Sanierung der Kaimauer dauert drei Monate länger\n"
         "Von Anna Petersen\n5. Dezember 2026, 14:32 Uhr\n"
         "Die Sanierung der Kaimauer sollte ein Jahr dauern. Nun werden es mindestens fünfzehn Monate, nachdem "
         "Arbeiter Anfang Oktober unter der Aufschüttung auf eine alte Holzkonstruktion gestoßen sind.\n"
         "„Wir haben eine Anlegestelle aus dem 18. Jahrhundert gefunden, sehr gut erhalten, vermutlich für die "
         "Handelsschiffe“, sagt der Archäologe Paul Riemer. Die Grabungen endeten am Dienstag.\n"
         "„Ein vertretbarer Verzug“\n"
         "Bürgermeister Jens Hansen gibt sich gelassen. „Drei Monate bei einer Baustelle dieser Größe sind ein "
         "vertretbarer Verzug“, sagt er und verspricht, dass das Budget eingehalten wird.\n"
         "Die Händler am Kai sorgen sich dagegen um das Weihnachtsgeschäft und fordern vorübergehende Parkplätze.\n"
         "Teilen\nKontakt\nImpressum\n",
         "„Ein vertretbarer Verzug“"},
        {"en",
         "The Harbour Gazette\nNews\nSport\nLocal\nQuay repairs will take three months longer\n"
         "By Anne Gough\nDecember 5, 2026\n"
         "The repairs to the old quay were meant to take a year. They will now take at least fifteen months, "
         "after workers found an old timber slipway under the fill at the start of October.\n"
         "\"We found an eighteenth-century slipway in very good condition, most likely used by the merchant ships,\" "
         "said Paul Rowe, the archaeologist in charge of the dig. The dig ended on Tuesday.\n"
         "\"A reasonable delay\"\n"
         "The mayor, John Kerr, was calm about it. \"Three months on a site of this size is a reasonable delay,\" he "
         "said, promising that the budget would hold.\n"
         "Shopkeepers on the quay worry about the Christmas trade and are asking for temporary parking spaces.\n"
         "Share\nContact\nTerms\n",
         "\"A reasonable delay\""},
    };
}

} // namespace

TEST_CASE("a quoted subheading under a paragraph opening on a quotation heads the text below", "[region][region50]") {
    for (const Row& r : rows()) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::contains(test::headings_of(a), r.heading));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), r.heading));
    }
}

TEST_CASE("a short quoted line between lines of dialogue heads nothing", "[region][region50]") {
    // Short lines of somebody's words, one under the other: a dialogue, each line a paragraph.
    const std::string page =
        "L'Écho de l'Ouest\nActualités\nCulture\nLa nouvelle de Noël : le phare\nPar Anne Le Goff\n"
        "Publié le 5 décembre 2026\n"
        "Le gardien monta l'escalier du phare une dernière fois, une lanterne à la main, sans se retourner.\n"
        "« Tu reviendras demain ? », demanda l'enfant.\n"
        "« Peut-être bien »\n"
        "« Alors je t'attendrai ici, sur la dernière marche, jusqu'à ce que la nuit tombe », dit-il encore.\n"
        "Le vieil homme sourit et ferma la porte derrière lui, sans un mot de plus pour le petit garçon.\n"
        "Partager\nContact\n";
    const Article a = parse(page);
    CHECK_FALSE(test::contains(test::headings_of(a), "« Peut-être bien »"));
}

TEST_CASE("a subheading in inward guillemets heads the text below as one in outward ones does",
          "[region][region50][probe73]") {
    // "»Ein vertretbarer Verzug«", "›Kein Zurück‹": German papers and books print their guillemets pointing inward
    // (probe73 R1); the subheading reads as „Ein vertretbarer Verzug“ does. A short line of dialogue in them stays a
    // paragraph.
    const std::string subheading =
        "Der Nordkurier\nNachrichten\nSport\nKiel\nDie Sanierung der Kaimauer dauert drei Monate länger\n"
        "Von Anna Petersen\n5. Dezember 2026, 14:32 Uhr\n"
        "Die Sanierung der Kaimauer sollte ein Jahr dauern. Nun werden es mindestens fünfzehn Monate, nachdem "
        "Arbeiter Anfang Oktober unter der Aufschüttung auf eine alte Holzkonstruktion gestoßen sind.\n"
        "»Wir haben eine Anlegestelle aus dem 18. Jahrhundert gefunden, sehr gut erhalten, vermutlich für die "
        "Handelsschiffe«, sagt der Archäologe Paul Riemer. Die Grabungen endeten am Dienstag.\n"
        "»Ein vertretbarer Verzug«\n"
        "Bürgermeister Jens Hansen gibt sich gelassen. »Drei Monate bei einer Baustelle dieser Größe sind ein "
        "vertretbarer Verzug«, sagt er und verspricht, dass das Budget eingehalten wird.\n"
        "Die Händler am Kai sorgen sich dagegen um das Weihnachtsgeschäft und fordern vorübergehende Parkplätze.\n"
        "Teilen\nKontakt\nImpressum\n";
    const Article a = parse(subheading);
    CHECK(test::contains(test::headings_of(a), "»Ein vertretbarer Verzug«"));
    CHECK_FALSE(test::contains(test::paragraphs_of(a), "»Ein vertretbarer Verzug«"));

    const std::string dialogue =
        "Der Nordkurier\nNachrichten\nKultur\nDie Weihnachtsgeschichte: der Leuchtturm\nVon Anna Petersen\n"
        "5. Dezember 2026\n"
        "Der Wärter stieg ein letztes Mal die Treppe des Leuchtturms hinauf, eine Laterne in der Hand.\n"
        "»Kommst du morgen wieder?«, fragte das Kind.\n"
        "»Vielleicht schon«\n"
        "»Dann warte ich hier auf der letzten Stufe, bis es dunkel wird«, sagte es noch.\n"
        "Der alte Mann lächelte und schloss die Tür hinter sich, ohne ein weiteres Wort an den kleinen Jungen.\n"
        "Teilen\nKontakt\n";
    const Article b = parse(dialogue);
    CHECK_FALSE(test::contains(test::headings_of(b), "»Vielleicht schon«"));
}
