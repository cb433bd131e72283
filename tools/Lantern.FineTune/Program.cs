static class P { static void Main() { var t = TorchSharp.torch.ones(3); System.Console.WriteLine(t.sum().item<float>()); } }
