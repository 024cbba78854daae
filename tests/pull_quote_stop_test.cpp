// A pull quote printed with its stop inside the marks repeats words the text quotes further down without the stop
// ("«Q», sagt er."): it is a copy, no paragraph. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <span>
#include <string>

using namespace archive;

namespace {

// A page, the pull quote it prints, and the paragraphs of its body once the pull quote is left out.
struct Row {
    const char* lang;
    const char* page;
    const char* pull;
    std::size_t paragraphs;
};

// Each row's pull quote is no paragraph, and the body keeps its other paragraphs.
void check_pull_quotes(std::span<const Row> rows) {
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.pull)) == paragraphs.end());
        CHECK(paragraphs.size() == r.paragraphs);
    }
}

} // namespace

TEST_CASE("a pull quote whose stop the text's quotation leaves out is no paragraph", "[classify][pull_quote]") {
    const Row rows[] = {
        {"de",
         "Weitblick\n\nDer letzte Fährmann vom Seeufer\n\n"
         "Seit vierzig Jahren bringt Jonas Amrein die Leute über den See, bei jedem Wetter und zu jeder Stunde.\n\n"
         "Sein Boot ist älter als er selbst, und jede Planke hat er mindestens einmal ersetzt.\n\n"
         "«Wer über den See fahren will, muss zuerst den Wind lesen lernen.»\n\n"
         "Im Winter fährt er nur noch zweimal am Tag, im Sommer stündlich bis in den späten Abend.\n\n"
         "«Wer über den See fahren will, muss zuerst den Wind lesen lernen», sagt Amrein und lacht dabei.\n\n"
         "Kontakt\nImpressum\n",
         "«Wer über den See fahren will, muss zuerst den Wind lesen lernen.»", 4},
        {"en",
         "Lakeside Weekly\n\nThe last ferryman on the lake\n\n"
         "For forty years Jonas Amrein has taken people across the lake, in every weather and at every hour.\n\n"
         "His boat is older than he is, and he has replaced every plank of it at least once.\n\n"
         "“Anyone who wants to cross the lake has to learn to read the wind first.”\n\n"
         "In winter he crosses only twice a day, in summer every hour until late in the evening.\n\n"
         "“Anyone who wants to cross the lake has to learn to read the wind first,” Amrein says.\n\n"
         "Contact\nImprint\n",
         "“Anyone who wants to cross the lake has to learn to read the wind first.”", 4},
        {"fr",
         "L'Hebdo du Lac\n\nLe dernier passeur du lac\n\n"
         "Depuis quarante ans, Jonas Amrein fait traverser le lac aux habitants, par tous les temps et à toute heure.\n\n"
         "Son bateau est plus vieux que lui, et il en a remplacé chaque planche au moins une fois.\n\n"
         "«Celui qui veut traverser le lac doit d'abord apprendre à lire le vent.»\n\n"
         "En hiver, il ne traverse plus que deux fois par jour, en été toutes les heures jusque tard le soir.\n\n"
         "«Celui qui veut traverser le lac doit d'abord apprendre à lire le vent», dit Amrein en riant.\n\n"
         "Contact\nMentions légales\n",
         "«Celui qui veut traverser le lac doit d'abord apprendre à lire le vent.»", 4},
    };
    check_pull_quotes(rows);
}

TEST_CASE("a sentence of a paragraph nearby printed again without quotation marks is a pull quote",
          "[classify][pull_quote]") {
    const Row rows[] = {
        // the sentence closing the paragraph below, lower-cased there after its opening word
        {"es",
         "Revista del Valle\n\nEl último barquero del lago\n\n"
         "Hace cuarenta años que Jonas Amrein cruza el lago con su barca, con cualquier tiempo y a cualquier hora.\n\n"
         "Su barca es más vieja que él, y ha cambiado cada tabla por lo menos una vez en todos estos años.\n\n"
         "El lago no perdona a quien llega con prisa.\n\n"
         "En invierno cruza dos veces al día. Pero el lago no perdona a quien llega con prisa. Él lo sabe bien.\n\n"
         "Contacto\nAviso legal\n",
         "El lago no perdona a quien llega con prisa.", 3},
        // the sentence of the paragraph above, its stop inside a quotation there
        {"en",
         "Lakeside Weekly\n\nThe last ferryman on the lake\n\n"
         "For forty years Jonas Amrein has taken people across the lake, in every weather and at every hour. "
         "He says the lake forgives nobody who comes in a hurry.\n\n"
         "The lake forgives nobody who comes in a hurry.\n\n"
         "His boat is older than he is, and he has replaced every plank of it at least once in those years.\n\n"
         "In winter he crosses only twice a day, in summer every hour until late in the evening.\n\n"
         "Contact\nImprint\n",
         "The lake forgives nobody who comes in a hurry.", 3},
        {"de",
         "Seeblick\n\nDer letzte Fährmann vom Seeufer\n\n"
         "Seit vierzig Jahren bringt Jonas Amrein die Leute über den See, bei jedem Wetter und zu jeder Stunde.\n\n"
         "Sein Boot ist älter als er selbst. Der See verzeiht niemandem, der in Eile kommt. Das weiß er genau.\n\n"
         "Im Winter fährt er nur noch zweimal am Tag, im Sommer stündlich bis in den späten Abend hinein.\n\n"
         "Der See verzeiht niemandem, der in Eile kommt.\n\n"
         "Kontakt\nImpressum\n",
         "Der See verzeiht niemandem, der in Eile kommt.", 3},
    };
    check_pull_quotes(rows);
    // A paragraph of one sentence that a clause of another repeats without its stop is text.
    const Article a = classify(segment("Lakeside Weekly\n\nThe ferry timetable changes next month\n\n"
                                       "The council will vote on the new ferry timetable next week.\n\n"
                                       "Most of the islanders want an earlier morning boat, and the council will "
                                       "vote on the new ferry timetable next week, after a last hearing.\n\n"
                                       "The harbour master said the crews were ready for either plan.\n\n"
                                       "Contact\nImprint\n"),
                               "en");
    CHECK(test::paragraphs_of(a).size() == 3);
}
