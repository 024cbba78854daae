// A related link printed between two paragraphs, its label and the other article's title on one line ("A lire aussi:
// <title>", "Lesen Sie auch: <title>"), leaves the body, the capital À of the French label written with or without its
// accent (lexicon section related_prefixes). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

// A short science report in `lang` with `related` between its second and third paragraphs.
std::string report_with_related(const std::string& lang, const std::string& related) {
    if (lang == "de")
        return "Die Zeitung\nWissen\nKlima\nDie Gletscher schmelzen schneller als erwartet\n"
               "Nach dem Rekordjahr ging die Schmelze weiter, wie die Forscher in ihrem Jahresbericht schreiben.\n"
               "Von Lena Sommer\n28.09.2026\n"
               "Die Gletscher in den Alpen haben in diesem Jahr erneut sehr viel Eis verloren. Nach den Messungen der "
               "Forscher ging rund ein Zwanzigstel ihres Volumens verloren.\n"
               "Dieser Verlust kommt zu dem grossen Verlust des letzten Jahres noch hinzu, der schon ein Rekord war.\n" +
               related +
               "\n«Eine solche Beschleunigung haben wir noch nie gesehen», sagt die Forscherin, die das Messnetz "
               "leitet.\nSchneearme Winter und heisse Sommer sind nach ihren Angaben die Ursache dafür.\n"
               "Teilen\nKommentare\n";
    return "Le Journal\nSciences\nClimat\nLes glaciers fondent plus vite que prévu\n"
           "Après une année record, la fonte s'est poursuivie, selon le rapport annuel des chercheurs.\n"
           "Par Claire Dubois\n28 septembre 2026\n"
           "Les glaciers des Alpes ont de nouveau perdu beaucoup de glace cette année. Selon les mesures des "
           "chercheurs, ils ont perdu environ un vingtième de leur volume.\n"
           "Cette perte s'ajoute à la grande perte de l'an dernier, qui était déjà un record pour le réseau.\n" +
           related +
           "\n« Nous n'avons jamais vu une telle accélération », explique la chercheuse qui dirige le réseau de "
           "mesure.\nLes hivers pauvres en neige et les étés chauds en sont la cause selon elle.\n"
           "Partager\nVos commentaires\n";
}

} // namespace

TEST_CASE("a related link with its label between two paragraphs leaves the body", "[region][region33]") {
    const struct {
        const char* lang;
        const char* related;
    } rows[] = {
        {"fr", "A lire aussi: En montagne, les villages face à la fonte du permafrost"},
        {"fr", "A voir aussi : Les images du glacier qui recule depuis cent ans"},
        {"fr", "À lire aussi : En montagne, les villages face à la fonte du permafrost"},
        {"de", "Lesen Sie auch: In den Bergen taut der Permafrost immer schneller"},
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.related);
        const Article a = parse(report_with_related(r.lang, r.related));
        CHECK_FALSE(test::in_text(a, r.related));
        CHECK(test::in_boilerplate(a, r.related));
        // the paragraphs on both sides of it stay
        CHECK(test::has_paragraph_starting(a, r.lang == std::string("de") ? "Dieser Verlust" : "Cette perte"));
        CHECK(test::has_paragraph_starting(a, r.lang == std::string("de") ? "Schneearme Winter" : "Les hivers"));
    }
}
