namespace IncidentBot.Web.Access;

/// <summary>
/// <c>hash-password</c>: reads a password from standard input (typed without echo at a terminal, or piped) and prints
/// its <see cref="PasswordHash"/> for <c>Web:Admin:PasswordHash</c>. The password never goes on a command line, where
/// the shell's history and the process list would keep it.
/// </summary>
public static class HashPasswordCli
{
    public const string Command = "dotnet run --project src/IncidentBot -- hash-password";

    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (interactive)
        {
            await error.WriteAsync("Password (not shown): ").ConfigureAwait(false);
        }

        var password = interactive ? ReadHidden() : await input.ReadLineAsync().ConfigureAwait(false);
        if (interactive)
        {
            await error.WriteLineAsync().ConfigureAwait(false);
        }

        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("hash-password: no password was given on standard input.").ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync(PasswordHash.Create(password).ToString()).ConfigureAwait(false);
        return 0;
    }

    private static string ReadHidden()
    {
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        return typed.ToString();
    }
}
