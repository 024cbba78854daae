// Portuguese heads: the lines a Brazilian or Portuguese page prints around its title that are no title. A match's
// score with an x between the goals ("FLAMENGO 2 X 1 PALMEIRAS", "Corinthians 2x1 Santos", the Brazilian and
// River Plate press's form) is the match's data, as "Real Madrid 3 - 1 Atlético" is (match_facts.cpp
// score_between_teams()); a desk signing with the place it writes from ("Da Redação, em Brasília", "Von der
// Redaktion, in Berlin", "De la rédaction, à Paris") is a byline naming no person (headline_score.cpp
// newsroom_line()), and so is a name with the outlet after a dash ("Marta Figueiredo - RTP", name_dash_outlet());
// a line opened by a job's word and a comma under a columnist's name ("Economista, é professora da ...") is the
// author's box (bio_under_name()). None is the headline. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"
#include "page.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

using test::HeadlineRow;

// The headline of each row, and the lede of the first row's page (the linha fina under the title).
void check_rows(const std::vector<HeadlineRow>& rows, const char* lede = nullptr) {
    test::check_headlines(rows.data(), rows.data() + rows.size());
    if (lede != nullptr)
        CHECK(parse(rows.front().page).lede.value_or("<none>") == lede);
}

// Is line `k` of `text` (one block a line) a match's fact?
bool fact_at(const std::string& text, std::size_t k) {
    const std::vector<Block> blocks = segment(text);
    Page p{blocks, "pt", {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    p.role.assign(blocks.size(), Role::none);
    return k < blocks.size() && match_facts_row(p, k);
}

} // namespace

TEST_CASE("head57: a score with an x between the teams' names is no headline", "[headline][match_facts][head57]") {
    check_rows({
        {"score line over the body", "es", R"(Inicio
Fútbol
Baloncesto
Liga Profesional
River vence a Boca en el Monumental y se acerca a la cima
Con dos goles de Borja, el Millonario queda a dos puntos del líder a tres fechas del final
Martín Ledesma
Buenos Aires
Publicado el 05/12/2026 - 23:41
Borja celebra el segundo gol de River en el Monumental (Foto: Prensa River)
RIVER 2 X 1 BOCA
River venció a Boca por 2 a 1 en la noche del viernes en el Monumental y quedó a dos puntos del líder del campeonato.
Borja abrió el marcador a los 20 minutos de penal. Boca empató al comienzo del segundo tiempo, pero el delantero volvió a marcar a los 38.
El próximo partido de River será el domingo ante Racing en Avellaneda.
)",
         "River vence a Boca en el Monumental y se acerca a la cima"},
    }, "Con dos goles de Borja, el Millonario queda a dos puntos del líder a tres fechas del final");
}

TEST_CASE("head57: the score line's forms with an x", "[match_facts][head57]") {
    // (Each line alone, between two paragraphs: the row is read on its own, wherever it stands.)
    const std::string before = "O time venceu na noite desta sexta-feira e subiu na tabela do campeonato.\n";
    const std::string after = "\nO próximo jogo será no domingo, fora de casa, contra o líder da competição.\n";
    for (const char* line : {"FLAMENGO 2 X 1 PALMEIRAS", "Corinthians 2 x 1 Santos", "Corinthians 2x1 Santos",
                             "Grêmio 0X0 Internacional", "RIVER 2 X 1 BOCA", "Real Madrid 3 - 1 Atlético"}) {
        INFO(line);
        CHECK(fact_at(before + line + after, 1));
    }
    // (A title that goes on after the score, a ratio, or an x that is no score's, is no such line.)
    for (const char* line : {"Flamengo 2 x 1 Palmeiras: Pedro Henrique decide no fim", "Lula 3 x 0 oposição no Senado",
                             "Câmara aprova projeto por 3 x 1", "Ferrari 2 X Mercedes"}) {
        INFO(line);
        CHECK_FALSE(fact_at(before + line + after, 1));
    }
}

TEST_CASE("head57: a desk signing with its place is no headline", "[headline][head57]") {
    check_rows({
        {"live blog, desk with place", "pt", R"(Portal Cerrado Notícias
Política
Economia
Brasil
Esporte
AO VIVO
Senado vota o novo marco das ferrovias; acompanhe
Senadores analisam o texto que abre o setor às empresas privadas; governo quer concluir a votação nesta sexta
Da Redação, em Brasília
05/12/2026 10h00 Atualizado há 4 minutos
Atualizar
17h52
Sessão é suspensa por 30 minutos
O presidente do Senado suspendeu a sessão para uma reunião de líderes. Segundo ele, ainda falta acordo sobre as autorizações.
17h31
Oposição tenta adiar votação
A oposição apresentou requerimento para retirar o texto da pauta. O requerimento foi rejeitado por 51 votos a 19.
16h58
Ministro fala em "dia histórico"
O ministro dos Transportes afirmou a jornalistas que a aprovação será um dia histórico para as ferrovias do país.
Comentários
)",
         "Senado vota o novo marco das ferrovias; acompanhe"},
        {"live blog, desk with place", "de", R"(Stadtkurier
Politik
Wirtschaft
Sport
LIVE
Bundestag stimmt über die Reform der Grundsteuer ab; verfolgen Sie die Debatte
Die Abgeordneten beraten über die neuen Hebesätze; die Regierung will noch heute abstimmen
Von der Redaktion, in Berlin
05.12.2026, 10:00 Uhr
Aktualisieren
17:52
Sitzung wird für eine halbe Stunde unterbrochen
Die Präsidentin des Bundestages unterbrach die Sitzung für ein Treffen der Fraktionen. Nach ihren Worten fehlt noch eine Einigung über die Hebesätze.
17:31
Opposition will Abstimmung vertagen
Die Opposition beantragte, die Reform von der Tagesordnung zu nehmen. Der Antrag wurde mit großer Mehrheit abgelehnt.
16:58
Minister spricht von einem historischen Tag
Der Finanzminister sagte vor Journalisten, die Reform der Grundsteuer sei ein historischer Tag für die Gemeinden.
Kommentare
)",
         "Bundestag stimmt über die Reform der Grundsteuer ab; verfolgen Sie die Debatte"},
        {"live blog, desk with place", "fr", R"(Le Courrier
Politique
Économie
Sport
EN DIRECT
L'Assemblée vote la réforme de la taxe foncière ; suivez les débats
Les députés examinent les nouveaux taux ; le gouvernement veut conclure le vote dès ce soir
De la rédaction, à Paris
05/12/2026 à 10h00
Actualiser
17h52
La séance est suspendue pendant une demi-heure
La présidente de l'Assemblée a suspendu la séance pour une réunion des groupes. Selon elle, il manque encore un accord sur les taux.
17h31
L'opposition veut reporter le vote
L'opposition a demandé de retirer la réforme de l'ordre du jour. La demande a été rejetée à une large majorité.
16h58
Le ministre parle d'un jour historique
Le ministre des Finances a déclaré aux journalistes que la réforme de la taxe foncière était un jour historique pour les communes.
Commentaires
)",
         "L'Assemblée vote la réforme de la taxe foncière ; suivez les débats"},
    }, "Senadores analisam o texto que abre o setor às empresas privadas; governo quer concluir a votação nesta sexta");
}

TEST_CASE("head57: a byline \"Name - Outlet\" under the title is no headline", "[headline][head57]") {
    check_rows({
        {"name - broadcaster", "pt", R"(RTP Notícias
Em Direto
Últimas
País
Mundo
Política
Desporto
Tempestade Bruno deixa mais de 30 mil casas sem luz no Alentejo
Foto: Nuno Veiga - Lusa
Marta Figueiredo - RTP
05 Dez, 2026, 08:12 | País
Atualizado 05 Dez, 2026, 11:40
A depressão Bruno provocou durante a noite mais de 600 ocorrências, sobretudo quedas de árvores e estradas cortadas, nos distritos de Évora, Beja e Portalegre.
Segundo a Proteção Civil, não há registo de feridos.
O comandante distrital, Rui Marques, adiantou à RTP que o aviso laranja se mantém até às 20h00.
De acordo com a distribuidora, cerca de 31 mil clientes continuavam sem energia às 10h00.
)",
         "Tempestade Bruno deixa mais de 30 mil casas sem luz no Alentejo"},
        {"name - broadcaster", "es", R"(RTVE Noticias
Últimas
España
Mundo
Deportes
Las inundaciones obligan a desalojar a 200 vecinos en Zamora
Foto: Mariam Montesinos - EFE
Lucía Carballo - RTVE
05 Dic, 2026, 08:12 | España
Actualizado 05 Dic, 2026, 11:40
Las inundaciones del río obligaron a desalojar a unos 200 vecinos de sus casas durante la madrugada en Zamora y en los pueblos cercanos.
El jefe de Protección Civil, Rubén Marcos, explicó a RTVE que el aviso rojo se mantiene hasta las 18.00.
El alcalde dijo a RTVE que los colegios cercanos al río seguirán cerrados el lunes.
)",
         "Las inundaciones obligan a desalojar a 200 vecinos en Zamora"},
    });
}

TEST_CASE("head57: a bio line under a columnist's name is no headline", "[headline][head57]") {
    check_rows({
        {"column: name / bio / date / title", "pt", R"(Diário Paulistano
Assine
Entrar
Menu
Opinião
Colunas e Blogs
Mercado
Opinião
Beatriz Albuquerque
Advogada, é professora de direito tributário da USP e ex-secretária da Receita
05.dez.2026 às 22h40
Ouvir o texto
Salvar artigos
A reforma tributária ainda não chegou ao contribuinte
Enquanto o governo comemora a aprovação, as empresas não sabem quanto vão pagar no ano que vem

Na semana passada, o secretário disse que a reforma "já está pronta". É uma frase otimista, mas esquece que as regras ainda não saíram.

As empresas precisam saber quanto vão pagar antes de fazer os preços do ano que vem. Não é pressa, é planejamento.

Sem as regras, o contribuinte paga a conta da incerteza, e a reforma perde o apoio que tinha.
)",
         "A reforma tributária ainda não chegou ao contribuinte"},
        {"column: name / bio / date / title", "es", R"(Diario del Plata
Suscríbete
Entrar
Menú
Opinión
Columnas
Mercados
Opinión
Beatriz Albornoz
Economista, es profesora de la Universidad de Cuyo y exdirectora del Banco Central
05 dic 2026 - 22:40
Escuchar el texto
Guardar
El Banco Central no puede ser el único adulto en la sala
Cuando la política fiscal va para un lado y la monetaria para el otro, el que paga es el trabajador

La semana pasada el ministro de Economía dijo que el país "no tiene un problema fiscal, tiene un problema de tasas". Es una frase de efecto, pero invierte el orden de los factores.

Las tasas están altas porque el mercado no cree que la deuda vaya a estabilizarse. No es terquedad del Banco Central, es aritmética.

Sin un plan creíble para la deuda, el trabajador paga la cuenta de la incertidumbre.
)",
         "El Banco Central no puede ser el único adulto en la sala"},
        {"column: name / bio / date / title", "en", R"(The Harbour Ledger
Subscribe
Sign in
Menu
Opinion
Columns
Markets
Opinion
Ruth Marsh
Economist, she teaches at Harbour University and was a director at the central bank
5 December 2026, 10:40pm
Listen to this article
Save
The central bank cannot be the only adult in the room
When fiscal policy goes one way and monetary policy the other, it is the worker who pays

Last week the finance minister said the country "has no fiscal problem, it has an interest rate problem". It is a good line, but it gets the order of things backwards.

Rates are high because the markets do not believe the debt will stop rising. That is not stubbornness at the central bank, it is arithmetic.

Without a credible plan for the debt, the worker pays the bill for the uncertainty.
)",
         "The central bank cannot be the only adult in the room"},
    });
}
