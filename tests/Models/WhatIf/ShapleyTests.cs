using Analytics.Models.WhatIf;

namespace Analytics.Tests.Models.WhatIf;

public sealed class ShapleyTests
{
    [Fact]
    public void Product_of_two_players_splits_the_interaction_evenly()
    {
        // v = a × b with a: 1 → 3 and b: 1 → 2. v(∅)=1, v(a)=3, v(b)=2, v(ab)=6.
        // φa = ½(3−1) + ½(6−2) = 3; φb = ½(2−1) + ½(6−3) = 2; sum 5 = 6 − 1.
        var phi = Shapley.Attribute(2, mask => [((mask & 1) != 0 ? 3 : 1) * ((mask & 2) != 0 ? 2 : 1)]);
        Assert.Equal(3, phi[0][0], 12);
        Assert.Equal(2, phi[0][1], 12);
    }

    [Fact]
    public void Additive_game_gives_each_player_its_own_effect()
    {
        double[] effects = [1.5, -2, 0, 7];
        var phi = Shapley.Attribute(4, mask => [Enumerable.Range(0, 4).Sum(i => (mask & (1 << i)) != 0 ? effects[i] : 0)]);
        Assert.Equal(effects, phi[0].Select(p => Math.Round(p, 12)));
    }
}
