using IncidentBot.Teams.Outbound;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Teams.Tests.Outbound;

/// <summary>
/// The pacer keeps the bot within each of Teams' documented limits (7 a second, 8 in 2 s, 60 in 30 s and 1,800 an hour
/// per conversation; 50 a second per tenant), and no further: the call after the limit waits exactly until the oldest
/// call it counts has left the window, kept <see cref="TeamsSendPacer.Margin"/> longer than Teams' own.
/// </summary>
public sealed class TeamsSendPacerTests
{
    private const string Channel = "19:incidents0000@thread.tacv2";
    private const string Other = "19:other0000@thread.tacv2";
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Margin = TeamsSendPacer.Margin;

    private readonly FakeTimeProvider _time = new(Start);
    private readonly TeamsSendPacer _pacer;

    public TeamsSendPacerTests() => _pacer = new TeamsSendPacer(_time);

    [Fact]
    public void TryTake_SevenInOneSecond_TheEighthWaitsUntilTheFirstIsASecondOld()
    {
        Take(Channel, 7);

        Assert.False(_pacer.TryTake(Channel, out var turn));
        Assert.Equal(Start + TimeSpan.FromSeconds(1) + Margin, turn);
        Assert.Equal(turn, _pacer.NotBefore(Channel));
        _time.Advance(TimeSpan.FromSeconds(1) + Margin - TimeSpan.FromTicks(1));
        Assert.False(_pacer.TryTake(Channel, out _));
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Null(_pacer.NotBefore(Channel));
        Assert.True(_pacer.TryTake(Channel, out _));
    }

    [Fact]
    public void TryTake_EightInTwoSecondsWithinTheSecondLimit_TheNinthWaitsForTheTwoSecondWindow()
    {
        Take(Channel, 4);
        _time.Advance(TimeSpan.FromSeconds(1) + Margin);
        Take(Channel, 4);

        Assert.Equal(Start + TimeSpan.FromSeconds(2) + Margin, _pacer.NotBefore(Channel));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_pacer.TryTake(Channel, out _));
    }

    [Fact]
    public void TryTake_SixtyInThirtySecondsWithinTheShortLimits_TheNextWaitsForTheThirtySecondWindow()
    {
        TakeEvenly(Channel, 60, TimeSpan.FromSeconds(0.3));

        Assert.Equal(Start + TimeSpan.FromSeconds(17.7), _time.GetUtcNow());
        Assert.Equal(Start + TimeSpan.FromSeconds(30) + Margin, _pacer.NotBefore(Channel));
        _time.SetUtcNow(Start + TimeSpan.FromSeconds(30) + Margin);
        Assert.True(_pacer.TryTake(Channel, out _));
    }

    [Fact]
    public void TryTake_EighteenHundredInAnHour_TheNextWaitsAnHourAfterTheFirstAndAtMostAMinuteMore()
    {
        for (var block = 0; block < 30; block++)
        {
            _time.SetUtcNow(Start + (block * (TimeSpan.FromSeconds(30) + Margin)));
            TakeEvenly(Channel, 60, TimeSpan.FromSeconds(0.3));
        }

        _time.SetUtcNow(Start + TimeSpan.FromMinutes(20));
        var turn = _pacer.NotBefore(Channel);

        Assert.NotNull(turn);
        Assert.InRange(turn.Value, Start + TimeSpan.FromHours(1) + Margin, Start + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1) + Margin);
        _time.SetUtcNow(Start + TimeSpan.FromHours(1) + Margin - TimeSpan.FromTicks(1));
        Assert.False(_pacer.TryTake(Channel, out _));
        _time.SetUtcNow(turn.Value);
        Assert.True(_pacer.TryTake(Channel, out _));
    }

    [Fact]
    public void TryTake_FiftyToFiftyConversations_TheTenantsNextCallWaitsASecondPagesIncluded()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.True(_pacer.TryTake($"a:chat-{i}", out _));
        }

        Assert.Equal(Start + TimeSpan.FromSeconds(1) + Margin, _pacer.NotBefore("a:chat-new"));
        Assert.False(_pacer.TryTake(null, out var turn));
        Assert.Equal(Start + TimeSpan.FromSeconds(1) + Margin, turn);
        _time.Advance(TimeSpan.FromSeconds(1) + Margin);
        Assert.True(_pacer.TryTake(null, out _));
    }

    [Fact]
    public void TryTake_ThreadsOfOneChannel_ShareTheChannelsLimitButOtherChannelsDoNot()
    {
        Take(Channel + ";messageid=1", 4);
        Take(Channel + ";messageid=2", 3);

        Assert.Equal(Start + TimeSpan.FromSeconds(1) + Margin, _pacer.NotBefore(Channel + ";messageid=3"));
        Assert.Null(_pacer.NotBefore(Other + ";messageid=1"));
        Assert.True(_pacer.TryTake(Other, out _));
    }

    [Fact]
    public void NotBefore_ReservesNothing()
    {
        Take(Channel, 6);

        Assert.Null(_pacer.NotBefore(Channel));
        Assert.Null(_pacer.NotBefore(Channel));
        Assert.True(_pacer.TryTake(Channel, out _));
        Assert.NotNull(_pacer.NotBefore(Channel));
    }

    [Fact]
    public void TryTake_ThousandsOfConversationsOverHours_RemembersOnlyRecentOnes()
    {
        for (var hour = 0; hour < 5; hour++)
        {
            _time.SetUtcNow(Start + TimeSpan.FromHours(hour * 2));
            for (var i = 0; i < 1_000; i++)
            {
                Assert.True(_pacer.TryTake($"a:chat-{hour}-{i}", out _));
                _time.Advance(TimeSpan.FromMilliseconds(30));
            }
        }

        Assert.InRange(_pacer.Remembered, 1_000, 2_048);
    }

    private void Take(string conversation, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True(_pacer.TryTake(conversation, out _), $"call {i + 1} of {count} was refused");
        }
    }

    /// <summary>Takes <paramref name="count"/> calls <paramref name="gap"/> apart; the clock ends at the last one.</summary>
    private void TakeEvenly(string conversation, int count, TimeSpan gap)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                _time.Advance(gap);
            }

            Assert.True(_pacer.TryTake(conversation, out _), $"call {i + 1} of {count} was refused");
        }
    }
}
