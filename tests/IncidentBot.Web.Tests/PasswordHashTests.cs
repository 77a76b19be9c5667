using IncidentBot.Web.Access;

namespace IncidentBot.Web.Tests;

/// <summary>The admin password as configured: only its PBKDF2 hash, which <c>hash-password</c> prints from standard input.</summary>
public sealed class PasswordHashTests
{
    [Fact]
    public void Verifies_OnlyThePasswordItWasMadeFrom()
    {
        var hash = PasswordHash.Create("s3cret!", PasswordHash.MinIterations);

        Assert.True(PasswordHash.TryParse(hash.ToString(), out var read));
        Assert.True(read.Verifies("s3cret!"));
        Assert.False(read.Verifies("s3cret"));
        Assert.False(read.Verifies(""));
    }

    [Theory]
    [InlineData("s3cret!")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$600000$not base64$AAAA")]
    public void TryParse_WhatHashPasswordDidNotPrint_IsNoHash(string text) =>
        Assert.False(PasswordHash.TryParse(text, out _));

    [Fact]
    public async Task HashPasswordCli_PrintsAHashOfThePasswordOnStandardInput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await HashPasswordCli.RunAsync(new StringReader("correct horse\n"), output, error, interactive: false);

        Assert.Equal(0, exit);
        Assert.True(PasswordHash.TryParse(output.ToString().Trim(), out var hash));
        Assert.Equal(PasswordHash.DefaultIterations, hash.Iterations);
        Assert.True(hash.Verifies("correct horse"));
        Assert.DoesNotContain("correct horse", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashPasswordCli_NothingOnStandardInput_FailsSayingSo()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await HashPasswordCli.RunAsync(new StringReader(""), output, error, interactive: false);

        Assert.Equal(2, exit);
        Assert.Contains("no password", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }
}
