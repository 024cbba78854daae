// Quotes run over several paragraphs (session 41, from probes of invented pages): each paragraph opens with the mark
// again and only the last one closes (the English, German and French convention). The quote stands at the paragraph
// where it opens, with the cue read there, however many paragraphs it runs over. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::quote_checks::body;

namespace {

// The words of a judge's sentencing remarks, one paragraph each, and the page's marks.
struct Remarks {
    const char* lang;
    const char* open;  // the mark opening each paragraph of the quote, with its space
    const char* close; // the mark closing the last one
    std::vector<std::string> sentences;
    const char* before;  // the writer's paragraph before the quote
    const char* colon;   // the cue and its colon opening the quote: "Ann Roe said:"
    const char* first;   // a first quoted sentence, closed, then the cue after it: the words before the marks
    const char* between; // the words between that sentence's close and the quote's open again: ", Ann Roe said."
    const char* cue;
    const char* speaker;
};

const std::vector<Remarks>& remarks() {
    static const std::vector<Remarks> all = {
        {"en",
         "\u201C",
         "\u201D",
         {"Nobody doubts that you meant no harm to anyone on that quay.",
          "You knew the load limits of the old dock and ignored them three times.",
          "You knew, of course, that a slipping load can crush a man before he sees it.",
          "When you left the cab you believed the brake was set, but it was not.",
          "The work fell far below what your employer rightly expected of you.",
          "The men hurt that day will carry the harm for the rest of their lives."},
         "The crane operator, 44, was jailed on Tuesday after a loading dock at the port of Kelmouth gave way.",
         "Magistrate Helen Carrow said:",
         "This is a sad day for the whole harbour,",
         " Helen Carrow said. ",
         "said",
         "Helen Carrow"},
        {"de",
         "\u201E",
         "\u201C",
         {"Niemand bezweifelt, dass Sie keinem Menschen auf dem Kai schaden wollten.",
          "Sie kannten die Grenzen der alten Mole und haben sie dreimal missachtet.",
          "Sie wussten natürlich, dass eine rutschende Last einen Menschen erdrücken kann.",
          "Als Sie die Kabine verließen, glaubten Sie, die Bremse sei angezogen.",
          "Die Arbeit blieb weit hinter dem zurück, was Ihr Arbeitgeber erwarten durfte.",
          "Die Verletzten werden ihr Leben lang die Folgen dieses Tages tragen."},
         "Der Kranführer, 44, wurde am Dienstag verurteilt, nachdem eine Mole im Hafen von Kelmünde nachgegeben hatte.",
         "Die Richterin Anna Berg sagte:",
         "Das ist ein trauriger Tag für den ganzen Hafen",
         ", sagte Anna Berg. ",
         "sagte",
         "Anna Berg"},
        {"fr",
         "\u00AB ",
         " \u00BB",
         {"Personne ne doute que vous ne vouliez de mal à personne sur ce quai.",
          "Vous connaissiez les limites du vieux môle et vous les avez ignorées trois fois.",
          "Vous saviez bien qu'une charge qui glisse peut écraser un homme sans prévenir.",
          "En quittant la cabine, vous pensiez que le frein était serré, mais il ne l'était pas.",
          "Ce travail était loin de ce que votre employeur pouvait attendre de vous.",
          "Les blessés porteront les suites de cette journée toute leur vie."},
         "Le grutier, 44 ans, a été condamné mardi après l'effondrement d'un môle du port de Kelmouth.",
         "La juge Marie Roux a déclaré :",
         "C'est un triste jour pour tout le port,",
         " a déclaré Marie Roux. ",
         "a déclaré",
         "Marie Roux"},
    };
    return all;
}

enum class Lead { colon, after_first, none };

// The page: a cued quote and a writer's paragraph, then the quote over n paragraphs opened as `lead` says, at
// paragraph 2, then a writer's paragraph.
std::vector<std::string> run_page(const Remarks& r, Lead lead, std::size_t n) {
    std::vector<std::string> ps;
    ps.push_back(std::string(r.colon) + " " + r.open + "We will hear the case in full." + r.close);
    ps.emplace_back(r.before);
    for (std::size_t k = 0; k < n; ++k) {
        std::string p = std::string(r.open) + r.sentences[k < n - 1 ? k : 5];
        if (k == 0 && lead == Lead::colon)
            p = std::string(r.colon) + " " + p;
        if (k == 0 && lead == Lead::after_first)
            p = std::string(r.open) + r.first + r.close + r.between + p;
        if (k + 1 == n)
            p += r.close;
        ps.push_back(p);
    }
    ps.emplace_back(r.before);
    return ps;
}

// The quote of qs holding `words`, or null.
const Quote* quote_with(const std::vector<Quote>& qs, const std::string& words) {
    for (const auto& q : qs)
        if (q.text.find(words) != std::string::npos)
            return &q;
    return nullptr;
}

// Each language's page with the quote over 2, 3 and 6 paragraphs opened as `lead` says: one quote holds its last
// words, standing at paragraph 2 where it opens; with a cue (`cued`), the speaker's, and with its first words
// (`whole`).
void check_runs(Lead lead, bool cued, bool whole) {
    for (const Remarks& r : remarks())
        for (std::size_t n : {2u, 3u, 6u}) {
            INFO(r.lang << ", " << n << " paragraphs");
            const auto qs = extract_quotes(body(r.lang, run_page(r, lead, n)));
            const Quote* q = quote_with(qs, r.sentences[5]);
            REQUIRE(q);
            CHECK(q->paragraph == 2);
            if (whole)
                CHECK(q->text.find(r.sentences[0]) == 0);
            if (cued)
                CHECK(q->speaker.value_or("") == r.speaker);
            if (cued && lead == Lead::colon)
                CHECK(q->cue.value_or("") == r.cue);
        }
}

} // namespace

TEST_CASE("a quote over 2, 3 or 6 paragraphs after a colon cue stands where it opens, the colon's subject its speaker",
          "[quotes][quotes80]") {
    check_runs(Lead::colon, true, true);
}

TEST_CASE("a quote over 2, 3 or 6 paragraphs after a first quoted sentence and its cue is the cue's speaker's",
          "[quotes][quotes80]") {
    check_runs(Lead::after_first, true, false);
}

TEST_CASE("a quote over 2, 3 or 6 paragraphs with no cue of its own is kept where it opens", "[quotes][quotes80]") {
    check_runs(Lead::none, false, true);
}
