// Headline tests of a title over a long standfirst printed without its stop, both signed by the byline under them.
#include <catch2/catch.hpp>

#include "headline_rows.hpp"

#include <iterator>
#include <string>

using PageRow = archive::test::HeadlineRow;

TEST_CASE("a long unpunctuated standfirst under a title, over the byline, is the deck and not the headline",
          "[headline][deck]") {
    const PageRow rows[] = {
        {"title, long standfirst without stop, byline, date (en)", "en", R"(News
Sport
Opinion

Harbour pilots threaten strike as pay talks stall

Boat crews in the three western ports say the night shifts will stop unless the port authority offers more than two per cent

By Sarah Quinlan
4 March 2026

The pilots who guide cargo ships into the western ports voted on Monday to walk out from the first week of April.

Their union said members had rejected an offer from the port authority that fell far below the rise in living costs.

The port authority said it remained open to further talks and hoped a stoppage could still be avoided this spring.
)", "Harbour pilots threaten strike as pay talks stall"},
        {"title, long standfirst without stop, byline, date (de)", "de", R"(Nachrichten
Sport
Meinung

Hafenlotsen drohen mit Streik im Tarifstreit

Die Besatzungen der drei westlichen Häfen wollen die Nachtschichten einstellen, falls die Hafenbehörde nicht mehr als zwei Prozent bietet

Von Sarah Quinlan
4. März 2026

Die Lotsen, die Frachtschiffe in die westlichen Häfen führen, haben am Montag für einen Ausstand ab der ersten Aprilwoche gestimmt.

Ihre Gewerkschaft erklärte, die Mitglieder hätten ein Angebot abgelehnt, das weit unter dem Anstieg der Lebenshaltungskosten liege.

Die Behörde erklärte, sie sei weiter zu Gesprächen bereit und hoffe, dass ein Ausstand in diesem Frühjahr noch zu vermeiden sei.
)", "Hafenlotsen drohen mit Streik im Tarifstreit"},
        {"title, long standfirst without stop, byline, date (fr)", "fr", R"(Actualité
Sport
Opinions

Les pilotes du port menacent de faire grève

Les équipages des trois ports de l'ouest arrêteront les services de nuit si l'autorité portuaire ne propose pas plus de deux pour cent

Par Sarah Quinlan
4 mars 2026

Les pilotes qui guident les cargos vers les ports de l'ouest ont voté lundi un arrêt de travail à partir de la première semaine d'avril.

Leur syndicat a indiqué que les membres avaient rejeté une offre de l'autorité portuaire bien inférieure à la hausse du coût de la vie.

L'autorité portuaire a assuré rester ouverte à de nouvelles discussions et espérer éviter un arrêt de travail ce printemps.
)", "Les pilotes du port menacent de faire grève"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a long signed standfirst repeating the body's words stays the deck under a title that shares none of them",
          "[headline][deck]") {
    const PageRow rows[] = {
        {"title without the body's words, standfirst with them (en)", "en", R"(News
Sport
Opinion

Pilots ready to down tools as night crews reject a pay deal

Pilots who guide cargo ships into the western ports vote to walk out from April after the port authority offer falls short

By Sarah Quinlan
4 March 2026

The pilots who guide cargo ships into the western ports voted on Monday to walk out from the first week of April.

Their union said members had rejected the port authority offer, which fell far below the rise in living costs for pilots.

The port authority said it remained open to further talks and hoped a walk out by the pilots could still be avoided.
)", "Pilots ready to down tools as night crews reject a pay deal"},
        {"title without the body's words, standfirst with them (de)", "de", R"(Nachrichten
Sport
Meinung

Lotsen legen bald die Arbeit nieder, weil die Nachtschicht mehr Lohn fordert

Die Lotsen der drei westlichen Häfen wollen ab April keine Schiffe mehr lotsen, weil ihnen die Hafenbehörde zu wenig bietet

Von Sarah Quinlan
4. März 2026

Die Lotsen, die Frachtschiffe in die westlichen Häfen führen, haben am Montag für einen Ausstand ab April gestimmt.

Ihre Gewerkschaft erklärte, die Lotsen hätten das Angebot der Hafenbehörde abgelehnt, das zu niedrig liege.

Die Hafenbehörde erklärte, sie sei weiter zu Gesprächen bereit und hoffe, dass ein Ausstand der Lotsen noch zu vermeiden sei.
)", "Lotsen legen bald die Arbeit nieder, weil die Nachtschicht mehr Lohn fordert"},
        {"title without the body's words, standfirst with them (fr)", "fr", R"(Actualité
Sport
Opinions

Grogne salariale chez les pilotes qui menacent de cesser le travail la nuit

Les pilotes des trois ports de l'ouest cesseront de guider les navires dès avril si l'autorité portuaire n'améliore pas son offre

Par Sarah Quinlan
4 mars 2026

Les pilotes qui guident les cargos vers les ports de l'ouest ont voté lundi un arrêt de travail à partir d'avril.

Leur syndicat a indiqué que les pilotes avaient rejeté l'offre de l'autorité portuaire, jugée trop basse.

L'autorité portuaire a assuré rester ouverte aux discussions et espérer éviter un arrêt de travail des pilotes.
)", "Grogne salariale chez les pilotes qui menacent de cesser le travail la nuit"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}
