// An interview whose answers the page prints in quotation marks, its questions set apart over them as headings: a
// prompt put as a statement between two quoted answers heads its answer as the questions do
// (sections_headings.cpp prompt_between_quoted_answers()), and the quote opening that answer is the interviewee's as
// under a question (quotes.cpp stated_prompt()); a plain sentence between two quoted paragraphs of a report stays
// text. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::check_heading_rows;
using archive::test::headings_of;
using archive::test::paragraphs_of;

namespace {

const char* const dutch = R"(Interview
Cultuur
Fotograaf Lotte Brink: ‘Ik wacht soms een week op het goede licht’
Na twaalf jaar verschijnt een nieuw fotoboek van Lotte Brink. Een gesprek over geduld, kou en de Waddenzee.
Door Bram Kok
5 december 2026

Ze zit in haar atelier aan een grote werktafel vol afdrukken. ‘Hier kies ik’, zegt Lotte Brink (58). ‘Dat duurt langer dan het fotograferen zelf.’

Waarom duurde het twaalf jaar?

‘Ik wilde niets laten zien waar ik niet helemaal achter stond. Veel series heb ik weggegooid, soms na jaren werk.’

Was dat niet pijnlijk?

‘Nee, eerder een opluchting. Een foto die niet goed is, blijft je achtervolgen als je hem toch publiceert.’

Uw uitgever noemt dit uw mooiste boek.

‘Dat zegt elke uitgever over elk boek. Maar ik ben er wel blij mee, dat geef ik eerlijk toe.’

Het wad speelt een grote rol in de foto's.

‘Ik ben opgegroeid in een dorp aan de dijk. Het wad is voor mij wat de bergen voor anderen zijn.’

Het boek ‘Laag tij’ verschijnt op 14 december bij een kleine uitgeverij in Leeuwarden.
)";

const char* const english = R"(Interview
Arts
Photographer Lotte Brink: “Sometimes I wait a week for the right light”
After twelve years, Lotte Brink publishes a new book of photographs. A conversation about patience and the cold.
By Bram Cook
5 December 2026

She sits at a long table covered in prints in her studio by the harbour. “This is where I choose”, says Lotte Brink. “It takes longer than the photographing.”

Why did it take twelve years?

“I did not want to show anything I did not fully stand behind. I threw many series away, some after years of work.”

Was that not painful?

“No, it was a relief. A photograph that is not right follows you around once you have published it anyway.”

Your publisher calls this your finest book.

“Every publisher says that about every book. But I am pleased with it, I will admit that.”

The mudflats play a large part in the pictures.

“I grew up in a village behind the dyke. The mudflats are to me what the mountains are to other people.”

The book “Low Tide” comes out on 14 December from a small publisher in the north.
)";

const char* const german = R"(Interview
Kultur
Fotografin Lotte Brink: „Manchmal warte ich eine Woche auf das richtige Licht“
Nach zwölf Jahren erscheint ein neuer Bildband von Lotte Brink. Ein Gespräch über Geduld, Kälte und das Watt.
Von Bram Koch
5. Dezember 2026

Sie sitzt in ihrem Atelier an einem langen Tisch voller Abzüge. „Hier wähle ich aus“, sagt Lotte Brink. „Das dauert länger als das Fotografieren selbst.“

Warum hat es zwölf Jahre gedauert?

„Ich wollte nichts zeigen, hinter dem ich nicht ganz stehe. Viele Serien habe ich weggeworfen, manche nach Jahren.“

War das nicht schmerzhaft?

„Nein, eher eine Erleichterung. Ein Bild, das nicht stimmt, verfolgt einen, wenn man es trotzdem veröffentlicht.“

Ihr Verlag nennt es Ihr schönstes Buch.

„Das sagt jeder Verlag über jedes Buch. Aber ich freue mich darüber, das gebe ich gerne zu.“

Das Watt spielt eine große Rolle auf den Bildern.

„Ich bin in einem Dorf hinter dem Deich aufgewachsen. Das Watt ist für mich, was die Berge für andere sind.“

Der Band „Niedrigwasser“ erscheint am 14. Dezember in einem kleinen Verlag in Husum.
)";

const char* const french = R"(Entretien
Culture
La photographe Lotte Brink : « J'attends parfois une semaine la bonne lumière »
Après douze ans, Lotte Brink publie un nouveau livre de photographies. Une conversation sur la patience et le froid.
Par Bram Lecoq
5 décembre 2026

Elle est assise dans son atelier devant une longue table couverte de tirages. « C'est ici que je choisis », dit Lotte Brink. « Cela prend plus de temps que la prise de vue. »

Pourquoi a-t-il fallu douze ans ?

« Je ne voulais rien montrer que je n'assumais pas tout à fait. J'ai jeté beaucoup de séries, parfois après des années. »

N'était-ce pas douloureux ?

« Non, plutôt un soulagement. Une photo qui n'est pas juste vous poursuit si vous la publiez quand même. »

Votre éditeur dit que c'est votre plus beau livre.

« Tous les éditeurs disent cela de tous les livres. Mais j'en suis contente, je l'avoue volontiers. »

La mer joue un grand rôle dans les images.

« J'ai grandi dans un village derrière la digue. La mer est pour moi ce que la montagne est pour d'autres. »

Le livre « Marée basse » paraît le 14 décembre chez un petit éditeur de Bretagne.
)";

} // namespace

TEST_CASE("a prompt put as a statement between quoted answers heads its answer as the questions do",
          "[classify][heading][sect36]") {
    check_heading_rows({
        {"nl",
         dutch,
         {"Waarom duurde het twaalf jaar?", "Was dat niet pijnlijk?", "Uw uitgever noemt dit uw mooiste boek.",
          "Het wad speelt een grote rol in de foto's."}},
        {"en",
         english,
         {"Why did it take twelve years?", "Was that not painful?", "Your publisher calls this your finest book.",
          "The mudflats play a large part in the pictures."}},
        {"de",
         german,
         {"Warum hat es zwölf Jahre gedauert?", "War das nicht schmerzhaft?", "Ihr Verlag nennt es Ihr schönstes Buch.",
          "Das Watt spielt eine große Rolle auf den Bildern."}},
        {"fr",
         french,
         {"Pourquoi a-t-il fallu douze ans ?", "N'était-ce pas douloureux ?",
          "Votre éditeur dit que c'est votre plus beau livre.", "La mer joue un grand rôle dans les images."}},
    });
}

TEST_CASE("a sentence between two quoted paragraphs under no question stays text", "[classify][heading][sect36]") {
    // A report quoting its subject in paragraphs of their own, a short sentence of the writer's between them, and no
    // question heading a section: the sentence is the text's.
    const char* const page = R"(Harbour Weekly
Local
The last net maker of the north quay
At eighty-one, Tom Reed still mends nets every morning in a shed by the harbour.
By Clara Webb
5 December 2026

Tom Reed has mended nets in the same shed by the harbour for sixty years, and he has no plans to stop.

“My father taught me when I was twelve. I still use the needle he gave me, and the same wooden bench.”

He laughs at the thought of retiring.

“What would I do at home? The boats need their nets, and the young ones do not want to learn it.”

The harbour museum has asked him to teach a class in the spring.
)";
    const Article a = classify(segment(page), "en");
    const auto paragraphs = paragraphs_of(a);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "He laughs at the thought of retiring.") != paragraphs.end());
    CHECK(headings_of(a).empty());
}

TEST_CASE("the quote answering a prompt put as a statement is the interviewee's", "[quotes][sect36]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* answer; // the quote opening the answer under the statement
    };
    const Row rows[] = {
        {"nl", dutch, "Dat zegt elke uitgever over elk boek. Maar ik ben er wel blij mee, dat geef ik eerlijk toe."},
        {"en", english, "Every publisher says that about every book. But I am pleased with it, I will admit that."},
        {"de", german, "Das sagt jeder Verlag über jedes Buch. Aber ich freue mich darüber, das gebe ich gerne zu."},
        {"fr", french,
         "Tous les éditeurs disent cela de tous les livres. Mais j'en suis contente, je l'avoue volontiers."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        const auto q =
            std::find_if(a.quotes.begin(), a.quotes.end(), [&](const Quote& x) { return x.text == r.answer; });
        REQUIRE(q != a.quotes.end());
        CHECK(q->where == Where::body);
        // (As the answer under the first question's heading: the interviewee, where the page names one by the quotes
        // it attributes without a cue; English names none here, under the questions either.)
        const auto first = std::find_if(a.quotes.begin(), a.quotes.end(),
                                        [](const Quote& x) { return x.section == 1 && x.paragraph == 0; });
        REQUIRE(first != a.quotes.end());
        CHECK(q->speaker == first->speaker);
        if (std::string(r.lang) != "en")
            CHECK(q->speaker == std::optional<std::string>("Lotte Brink"));
    }
}
